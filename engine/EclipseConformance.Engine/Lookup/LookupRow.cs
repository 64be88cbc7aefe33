namespace EclipseConformance.Engine.Lookup;

/// <summary>One matching customer wallet as the lookup query reads it (unmasked: never leaves the engine as is).</summary>
public sealed class LookupRow
{
    public long WalletId { get; init; }

    public long TenantId { get; init; }

    public string TenantName { get; init; } = "";

    public string Country { get; init; } = "";

    public string FriendlyId { get; init; } = "";

    public string Currency { get; init; } = "";

    public string Status { get; init; } = "";

    public long AcceptsCrossTenant { get; init; }

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string? Phone { get; init; }

    public string? NationalIdentityNumber { get; init; }

    public string? PassportNumber { get; init; }

    /// <summary>How many of the supplied criteria this customer and wallet match.</summary>
    public long Matches { get; init; }
}
