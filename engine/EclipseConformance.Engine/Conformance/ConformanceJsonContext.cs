using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Conformance;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConformanceReport))]
[JsonSerializable(typeof(IReadOnlyList<Control.Activity.ActivityRow>))]
[JsonSerializable(typeof(Control.Activity.ActivityRow))]
internal sealed partial class ConformanceJsonContext : JsonSerializerContext;
