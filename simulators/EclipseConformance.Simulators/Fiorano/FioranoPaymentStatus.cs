namespace EclipseConformance.Simulators.Fiorano;

/// <summary>The states of a payment at the Fiorano gateway.</summary>
public enum FioranoPaymentStatus
{
    /// <summary>Accepted; the bank and the utility have not confirmed yet.</summary>
    Pending,

    /// <summary>Confirmed: the source was debited and the utility credited.</summary>
    Successful,

    /// <summary>Confirmation failed (source debit or utility posting refused); nothing was moved.</summary>
    Failed,
}
