namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A provider of the single-POST flow (FrontierWeb): after the POST the engine pre-vends (when the payment names a
/// pre-vend product), vends, and after an unknown outcome asks <see cref="CheckAsync"/> for the truth. Calls must be
/// idempotent for the same payment (the engine repeats a step after a crash); use ids kept in the provider state.
/// </summary>
public interface ISinglePostProvider : IVasProvider
{
    /// <summary>Validation before the sale; Approved may keep the answer in the provider state for extraInfo.</summary>
    Task<ProviderStep> PrevendAsync(VasWork work, CancellationToken cancellationToken);

    /// <summary>The sale; Approved carries the final extraInfo.</summary>
    Task<ProviderStep> VendAsync(VasWork work, CancellationToken cancellationToken);

    /// <summary>The provider's transaction check after an unknown vend: Approved (with extraInfo), Declined, NotFound or Unknown.</summary>
    Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken);
}
