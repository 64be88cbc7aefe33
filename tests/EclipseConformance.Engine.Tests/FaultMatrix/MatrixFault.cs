using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// The upstream faults of the matrix. Most are injected once (count-bounded) so a retry, a status query or a later poll can
/// get a true answer; the "Repeated" kinds hit every attempt (past every retry, check and poll limit). The "Processed"
/// kinds let the upstream act before the answer is lost: the sale (or the SMS) happened, the engine never heard.
/// <see cref="MatrixFault.BusinessError"/> is the provider's own documented decline for the step, in its own format.
/// </summary>
public enum MatrixFault
{
    Timeout,
    Http500,
    Http503,
    MalformedBody,
    ConnectionReset,
    ProcessedThenTimeout,
    ProcessedThenMalformedBody,
    ProcessedThenConnectionReset,
    EmptyBody,
    BusinessError,
    ProcessedThenEmptyBody,
    RepeatedTimeout,
    RepeatedHttp503,
    RepeatedMalformedBody,
}

internal static class MatrixFaults
{
    /// <summary>Longer than every engine upstream timeout (30 s) so the engine gives up first; short enough to end within a step.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(40);

    public static readonly MatrixFault[] Unprocessed =
        [MatrixFault.Timeout, MatrixFault.Http500, MatrixFault.Http503, MatrixFault.MalformedBody, MatrixFault.ConnectionReset, MatrixFault.EmptyBody,
            MatrixFault.BusinessError];

    public static readonly MatrixFault[] Processed =
        [MatrixFault.ProcessedThenTimeout, MatrixFault.ProcessedThenMalformedBody, MatrixFault.ProcessedThenConnectionReset, MatrixFault.ProcessedThenEmptyBody];

    /// <summary>A delivery step (SMS, network registration) whose call went through but whose answer was lost.</summary>
    public static readonly MatrixFault[] DeliveredThenLost = [MatrixFault.ProcessedThenTimeout, MatrixFault.ProcessedThenConnectionReset];

    public static readonly MatrixFault[] Repeated = [MatrixFault.RepeatedTimeout, MatrixFault.RepeatedHttp503, MatrixFault.RepeatedMalformedBody];

    /// <summary>The families a step's faults come from (a delivery's "delivered, answer lost" kinds are a subset of <see cref="Processed"/>).</summary>
    public static readonly MatrixFault[][] Families = [Unprocessed, Processed, Repeated];

    /// <summary>
    /// Each simulator's documented decline for <see cref="MatrixFault.BusinessError"/>: FrontierWeb responseCode 12 (validation
    /// failed), Scan to Pay / Pay@ 05 (do not honour), ACS FAILED, Kganya success=false, EasyPay 5 (declined), Cellulant 140
    /// (payment rejected), Fiorano E03 (reference not valid; on PaymentStatus the payment is marked FAILED), MNP and the
    /// ATM network / SMS gateway a 422 refusal.
    /// </summary>
    private static readonly Dictionary<string, string> DeclineCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["frontierweb"] = "12",
        ["scantopay"] = "05",
        ["acs"] = "E05",
        ["kganya"] = "DECLINED",
        ["payat"] = "05",
        ["easypay"] = "5",
        ["cellulant"] = "140",
        ["fiorano"] = "E03",
        ["mnp"] = "NUMBER_UNKNOWN",
        ["atm"] = "DECLINED",
        ["sms"] = "BLOCKED_DESTINATION",
    };

    public static FaultOutcome Outcome(this MatrixFault fault, string simulator) => fault switch
    {
        MatrixFault.Timeout or MatrixFault.RepeatedTimeout => FaultOutcome.Timeout(Hold),
        MatrixFault.Http500 => FaultOutcome.HttpError(500),
        MatrixFault.Http503 or MatrixFault.RepeatedHttp503 => FaultOutcome.HttpError(503),
        MatrixFault.MalformedBody or MatrixFault.RepeatedMalformedBody => FaultOutcome.Malformed(),
        MatrixFault.ConnectionReset => FaultOutcome.Reset(),
        MatrixFault.EmptyBody => FaultOutcome.Empty(),
        MatrixFault.BusinessError => FaultOutcome.Business(DeclineCodes[simulator]),
        MatrixFault.ProcessedThenTimeout => FaultOutcome.SucceedThenTimeout(Hold),
        MatrixFault.ProcessedThenMalformedBody => FaultOutcome.Malformed(processFirst: true),
        MatrixFault.ProcessedThenConnectionReset => FaultOutcome.Reset(processFirst: true),
        MatrixFault.ProcessedThenEmptyBody => FaultOutcome.Empty() with { ProcessFirst = true },
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    public static bool ProcessesFirst(this MatrixFault fault) => fault.Outcome("frontierweb").ProcessFirst;

    /// <summary>Injected on every attempt (no count) rather than once.</summary>
    public static bool Repeats(this MatrixFault fault) => fault is MatrixFault.RepeatedTimeout or MatrixFault.RepeatedHttp503 or MatrixFault.RepeatedMalformedBody;
}
