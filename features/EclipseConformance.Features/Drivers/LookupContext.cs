using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Drivers;

/// <summary>A scenario's lookup state: the customers it registered, the last records, the lookups it made.</summary>
public sealed class LookupContext
{
    private readonly Dictionary<string, RegisteredCustomer> _named = new(StringComparer.Ordinal);

    /// <summary>The customer the Background registered.</summary>
    public RegisteredCustomer? Customer { get; set; }

    public List<ApiResponse> Lookups { get; } = [];

    public (string Name, string Value)[] LastQuery { get; set; } = [];

    public bool RulesChanged { get; set; }

    public JsonArray Records(ApiResponse response)
    {
        response.Code.Should().Be(200, response.Text);
        return response.Json!.AsArray();
    }

    public void Name(string name, RegisteredCustomer customer) => _named[name] = customer;

    public RegisteredCustomer Named(string name) =>
        _named.TryGetValue(name, out var customer) ? customer : throw new KeyNotFoundException($"No customer '{name}' registered in this scenario");
}

/// <summary>A customer a scenario registered through the tenant API, with the values a lookup can use.</summary>
public sealed record RegisteredCustomer(
    long TenantId, long CustomerId, long WalletId, string FirstName, string LastName, string Phone, string NationalIdentityNumber,
    string PassportNumber, string WalletFriendlyId)
{
    public string Criterion(string name) => name switch
    {
        "lastName" => LastName,
        "phone" => Phone,
        "nationalIdentityNumber" => NationalIdentityNumber,
        "passportNumber" => PassportNumber,
        "walletFriendlyId" => WalletFriendlyId,
        "walletId" => WalletId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a lookup criterion the scenarios use"),
    };
}
