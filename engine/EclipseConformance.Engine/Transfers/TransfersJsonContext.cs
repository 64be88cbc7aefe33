using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Transfers;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(TransferRequest))]
internal sealed partial class TransfersJsonContext : JsonSerializerContext;
