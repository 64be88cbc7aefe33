namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>Ready-made FrontierWeb faults for the situations the VAS document describes.</summary>
public static class FrontierFaults
{
    /// <summary>
    /// The vend is processed (token issued, recorded for TransactionCheck) but the answer is held
    /// for <paramref name="hold"/> and the connection then dropped: the caller times out. Optionally
    /// only for one meter or account number.
    /// </summary>
    public static FaultSpec VendSucceedsButCallerTimesOut(string? meterOrAccount = null, TimeSpan? hold = null, int? count = 1) => new()
    {
        Match = meterOrAccount is null
            ? FaultMatch.ForOperation(FrontierOperation.Vend)
            : new FaultMatch { Operation = FrontierOperation.Vend, BodyContains = ">" + meterOrAccount + "<" },
        Outcome = FaultOutcome.SucceedThenTimeout(hold),
        Count = count,
        Description = "vend succeeds upstream but the response is lost to the caller",
    };

    /// <summary>The vend never reaches the utility: the call times out and nothing is recorded.</summary>
    public static FaultSpec VendTimesOut(TimeSpan? hold = null, int? count = 1) => new()
    {
        Match = FaultMatch.ForOperation(FrontierOperation.Vend),
        Outcome = FaultOutcome.Timeout(hold),
        Count = count,
        Description = "vend times out before reaching the utility",
    };

    /// <summary>Pre-vend validation of <paramref name="meterNumber"/> is declined with <paramref name="responseCode"/>.</summary>
    public static FaultSpec MeterFailsValidation(string meterNumber, int responseCode = FrontierResponseCode.ValidationFailed, string message = "METER NOT FOUND", int? count = null) => new()
    {
        Match = FaultMatch.ForField("meterNumber", meterNumber, FrontierOperation.PreVend),
        Outcome = FaultOutcome.Business(responseCode.ToString(System.Globalization.CultureInfo.InvariantCulture), message),
        Count = count,
        Description = $"meter {meterNumber} fails validation",
    };
}
