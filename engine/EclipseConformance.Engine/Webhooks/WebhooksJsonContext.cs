using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Webhooks;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallbackView))]
[JsonSerializable(typeof(List<CallbackView>))]
[JsonSerializable(typeof(IReadOnlyList<CallbackView>))]
[JsonSerializable(typeof(VerifySignatureRequest))]
[JsonSerializable(typeof(VerifySignatureResponse))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext;
