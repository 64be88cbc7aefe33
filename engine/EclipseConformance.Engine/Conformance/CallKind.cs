namespace EclipseConformance.Engine.Conformance;

/// <summary>The Eclipse API calls the conformance rules look at; everything else is <see cref="Other"/>.</summary>
public enum CallKind
{
    Other,
    Login,
    Renew,
    PaymentCreate,
    PaymentGet,
    WithdrawalCreate,
    WithdrawalGet,
    Lookup,
}
