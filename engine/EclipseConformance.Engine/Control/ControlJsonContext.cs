using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(FundWalletRequest))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ClockChange))]
[JsonSerializable(typeof(ClockResponse))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
