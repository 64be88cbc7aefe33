namespace EclipseConformance.Engine.Rules;

/// <summary>Which global-lookup requests find a record (fact sheet 10; wire: TWO_CRITERIA, PHONE_OR_TWO).</summary>
public enum LookupMatchRule
{
    /// <summary>At least two supplied criteria must match one customer and wallet (S-GI, EFT-GI; default).</summary>
    TwoCriteria,

    /// <summary>The phone alone, or at least two criteria (REF-GW).</summary>
    PhoneOrTwo,
}
