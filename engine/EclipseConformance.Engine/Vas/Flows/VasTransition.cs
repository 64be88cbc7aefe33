namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A decided state change of a payment: from/to (machine state names), the provider answer that caused it, its money
/// effect, when the next step is due (null: no more work), whether it used up a check, and — for a failure — its kind
/// and description.
/// </summary>
public sealed record VasTransition(
    string From,
    string To,
    ProviderStep Step,
    MoneyEffect Money,
    TimeSpan? NextWorkIn,
    bool Terminal,
    bool CountsCheck = false,
    FailureKind? Failure = null,
    string? ErrorDescription = null);
