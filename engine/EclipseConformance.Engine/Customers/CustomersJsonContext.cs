using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Customers;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateCustomerRequest))]
[JsonSerializable(typeof(CreateIdentityRequest))]
[JsonSerializable(typeof(CustomerResponse))]
[JsonSerializable(typeof(List<CustomerResponse>))]
internal sealed partial class CustomersJsonContext : JsonSerializerContext;
