namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A provider of the PENDING → confirmation flow (DTB through Fiorano): the POST holds the funds and submits; the
/// payment is PENDING (extraInfo from the submission) until <see cref="QueryAsync"/> reports the final state, which the
/// engine asks for on its work queue (and which an inbound provider callback may also settle).
/// </summary>
public interface IPendingConfirmationProvider : IVasProvider
{
    /// <summary>At the POST, with the funds held: Pending (accepted, extraInfo), Approved (already final), Declined or Unknown.</summary>
    Task<ProviderStep> SubmitAsync(VasWork work, CancellationToken cancellationToken);

    /// <summary>The submission's state now: Pending, Approved (extraInfo), Declined, NotFound or Unknown.</summary>
    Task<ProviderStep> QueryAsync(VasWork work, CancellationToken cancellationToken);
}
