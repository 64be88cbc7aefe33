using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Identity;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(RenewRequest))]
[JsonSerializable(typeof(LoginResponse))]
[JsonSerializable(typeof(LoginChallengeResponse))]
internal sealed partial class IdentityJsonContext : JsonSerializerContext;
