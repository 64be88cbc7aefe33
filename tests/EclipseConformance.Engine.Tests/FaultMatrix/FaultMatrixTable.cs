namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// The single table the matrix is generated from: every money flow with the upstream calls it makes (the simulators'
/// route operation names), each step crossed with the fault kinds of its phase. A new provider is one more entry in
/// <see cref="Flows"/>, and its rows follow.
/// </summary>
internal static class FaultMatrixTable
{
    public static readonly MatrixFlow[] Flows =
    [
        new FrontierWebFlow(),
        TwoStep("Scan to Pay", "ZAR", "scantopay", "5_VD50", 155m, [("msisdn", "27821234567")], "Products", "Recharge", "Status", voucher: true),
        TwoStep("ACS", "ZAR", "acs", "4_M512", 49m, [("msisdn", "27831234567")], "Catalogue", "Purchase", "Status", voucher: true),
        TwoStep("Kganya", "ZAR", "kganya", "16_0_T089775335322_1", 150m, [], "Products", "Pay", "Status"),
        TwoStep("Pay@", "ZAR", "payat", "14_14577", 150m, [("accountNumber", "12345678901")], "Billers", "Pay", "Status"),
        TwoStep("EasyPay", "ZAR", "easypay", "15_1764", 150m, [("msisdn", "0821234567")], "Products", "Sell", "Status"),
        TwoStep("Cellulant", "KES", "cellulant", "17_254707720002_042381176772_KE-DSTV_DSTVTESTKE", 517m, [("msisdn", "254707720002")],
            "queryBill", "postPayment", "queryPaymentStatus"),
        new DtbFlow("DTB Kenya", "KES", "254729294292", "19_KE-STARTIMES_5551234", 200m),
        new DtbFlow("DTB Uganda", "UGX", "256775555466", "21_MTN_256779999703", 20_000m),
        new WithdrawalFlow(),
    ];

    /// <summary>
    /// Rows the engine cannot bring into agreement with the upstream by itself, each with the reason; the matrix asserts
    /// their documented outcome, so a fix shows up as a failure asking for the entry to go. Reported in docs/reliability.md.
    /// They are the status queries (FrontierWeb TransactionCheck, the two-step providers' status, Fiorano PaymentStatus) that
    /// fail on every attempt after the upstream took the sale: past Vas:MaxChecks / Vas:MaxPendingPolls the engine ends the
    /// payment ERROR and gives the money back in full (never stuck, never doubled) while the upstream keeps the sale, which
    /// only a reconciliation with the provider's settlement report can resolve.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownUnresolvable = Rows
        .Where(r => r.Step.Phase == StepPhase.Confirm && r.Fault.Repeats())
        .ToDictionary(r => r.Id, r => $"{r.Flow.Sale!.Simulator}.{r.Flow.Sale.Operation} took the sale but every {r.Step.Operation} failed ({r.Fault}): "
            + "ERROR and the money given back, the upstream keeps the sale; needs reconciliation");

    public static IEnumerable<MatrixRow> Rows =>
        from flow in Flows
        from step in flow.Steps
        from fault in step.Faults
        select new MatrixRow(flow, step, fault);

    public static TheoryData<string> RowIds() => [.. Rows.Select(r => r.Id)];

    /// <summary>
    /// The deterministic PostgreSQL subset (the full matrix there takes about twice SQLite's time): every step of every flow
    /// with one fault of each family it has (one-off, sold-then-lost, delivered-then-lost, repeated), the kind rotating with
    /// the step's position in the table so that every kind is met on some step.
    /// </summary>
    public static IEnumerable<MatrixRow> PostgresRows =>
        Flows.SelectMany(f => f.Steps.Select(s => (Flow: f, Step: s)))
            .SelectMany((fs, i) => MatrixFaults.Families
                .Select(family => family.Where(fs.Step.Faults.Contains).ToArray())
                .Where(kinds => kinds.Length > 0)
                .Select(kinds => new MatrixRow(fs.Flow, fs.Step, kinds[i % kinds.Length])))
            .DistinctBy(r => r.Id);

    public static TheoryData<string> PostgresRowIds() => [.. PostgresRows.Select(r => r.Id)];

    public static MatrixRow Row(string id) => Rows.Single(r => r.Id == id);

    private static TwoStepFlow TwoStep(
        string name, string currency, string simulator, string paymentData, decimal amount, (string, string)[] fields,
        string select, string sale, string status, bool voucher = false) =>
        new(name, currency, paymentData, amount, fields,
        [
            new(simulator, select, StepPhase.Select),
            .. voucher ? [new FlowStep("mnp", "Lookup", StepPhase.Select)] : Array.Empty<FlowStep>(),
            new(simulator, sale, StepPhase.Sale),
            new(simulator, status, StepPhase.Confirm, LoseSaleAnswerFirst: true),
        ]);
}
