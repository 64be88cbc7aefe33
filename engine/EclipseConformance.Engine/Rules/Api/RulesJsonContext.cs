using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Rules;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConfigItem[]))]
[JsonSerializable(typeof(List<ConfigItem>))]
[JsonSerializable(typeof(FaultSpec))]
[JsonSerializable(typeof(RuleProblem))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class RulesJsonContext : JsonSerializerContext;
