namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A provider of the two-step flow (Scan to Pay, ACS, Kganya, Pay@, EasyPay, Cellulant): the POST creates a BUILDING
/// payment, a PUT supplies the rest (amount, wallet, landing URL, ...) and completes it. The engine reserves the funds
/// (a hold) before <see cref="CompleteAsync"/> and captures or releases them after it. Provider-side checks at the POST
/// belong in <see cref="IVasProvider.SelectAsync"/>.
/// </summary>
public interface ITwoStepProvider : IVasProvider
{
    /// <summary>Extra checks of a PUT (besides amount and walletId, which the engine checks); the problems, or none.</summary>
    IReadOnlyList<string> ValidateUpdate(PaymentUpdateRequest update) => [];

    /// <summary>At the PUT, with the funds held: Approved (extraInfo), Declined, or Unknown.</summary>
    Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken);

    /// <summary>After an unknown completion: Approved, Declined, NotFound or Unknown.</summary>
    Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken);
}
