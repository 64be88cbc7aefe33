using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Lookup;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<LookupRecord>))]
[JsonSerializable(typeof(IReadOnlyList<LookupRecord>))]
internal sealed partial class LookupJsonContext : JsonSerializerContext;
