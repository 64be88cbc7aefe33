using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.DemoWorld;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SeedDocument))]
internal sealed partial class DemoWorldJsonContext : JsonSerializerContext;
