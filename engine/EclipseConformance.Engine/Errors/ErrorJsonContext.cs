using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Errors;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EclipseError[]))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext;
