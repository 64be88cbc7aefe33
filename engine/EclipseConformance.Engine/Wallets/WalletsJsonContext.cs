using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Wallets;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(CreateWalletRequest))]
[JsonSerializable(typeof(WalletResponse))]
[JsonSerializable(typeof(List<WalletResponse>))]
internal sealed partial class WalletsJsonContext : JsonSerializerContext;
