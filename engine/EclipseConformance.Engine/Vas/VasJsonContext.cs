using System.Text.Json;
using System.Text.Json.Serialization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Vas;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(Scale9DecimalConverter)])]
[JsonSerializable(typeof(CreatePaymentRequest))]
[JsonSerializable(typeof(PaymentUpdateRequest))]
[JsonSerializable(typeof(PaymentResponse))]
[JsonSerializable(typeof(IReadOnlyList<VasPartner>))]
[JsonSerializable(typeof(List<AdditionalField>))]
[JsonSerializable(typeof(MsisdnNetwork))]
internal sealed partial class VasJsonContext : JsonSerializerContext;
