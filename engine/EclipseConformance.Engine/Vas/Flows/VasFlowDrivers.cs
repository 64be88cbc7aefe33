namespace EclipseConformance.Engine.Vas;

/// <summary>The driver of each flow.</summary>
public sealed class VasFlowDrivers(IEnumerable<IVasFlowDriver> drivers)
{
    private readonly Dictionary<VasFlow, IVasFlowDriver> _byFlow = drivers.ToDictionary(d => d.Flow);

    public IVasFlowDriver For(VasFlow flow) => _byFlow[flow];

    public IVasFlowDriver For(Payment payment) => _byFlow[payment.FlowKind];

    /// <summary>The wire status of a payment as it is (or would be) in <paramref name="state"/>.</summary>
    public string StatusOf(Payment payment, string state, FailureKind? failure) =>
        For(payment).StatusOf(state, payment.Completion, payment.FailureStatuses, failure);
}
