namespace EclipseConformance.Engine.Rules;

/// <summary>A global wallet lookup request (<c>on: lookup</c>); absent criteria are empty strings.</summary>
public sealed class LookupFacts : IRuleFacts
{
    public static DecisionPoint DecisionPoint => DecisionPoint.Lookup;

    public long CallerTenantId { get; init; }

    public string CallerIdentity { get; init; } = "";

    public int CriteriaCount { get; init; }

    public string LastName { get; init; } = "";

    public string Phone { get; init; } = "";

    public string NationalIdentityNumber { get; init; } = "";

    public string PassportNumber { get; init; } = "";

    public string WalletFriendlyId { get; init; } = "";

    public string AccountNumber { get; init; } = "";

    public string ExternalUniqueId { get; init; } = "";

    public long WalletId { get; init; }
}
