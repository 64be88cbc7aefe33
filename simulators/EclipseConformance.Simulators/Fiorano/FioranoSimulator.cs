using System.Collections.Concurrent;
using System.Globalization;

namespace EclipseConformance.Simulators.Fiorano;

/// <summary>
/// DTB's Fiorano payments gateway for Kenya (<c>/dtbke/vas/1.0</c>, partner 19) and Uganda (<c>/dtbug/vas/1.0</c>,
/// partner 21), JSON over HTTP (ADR 0032): the local catalog, utility account lookups (KRA/URA PRNs, NWSC, UMEME, MTN,
/// ...), payments that are accepted PENDING, and a status query that reports the confirmation once
/// <see cref="ConfirmationDelay"/> has passed on the simulator's clock. Fixtures and magic references:
/// <see cref="FioranoFixtures"/> and simulators/README.md.
/// </summary>
public sealed partial class FioranoSimulator : UpstreamSimulator
{
    public const string SimulatorName = "fiorano";

    /// <summary>Operation names (fault matching and the journal).</summary>
    public const string CatalogOperation = "Catalog";
    public const string LookupOperation = "AccountLookup";
    public const string PaymentOperation = "Payment";
    public const string StatusOperation = "PaymentStatus";

    /// <summary>The confirmation delay of a new or reset simulator.</summary>
    public static readonly TimeSpan DefaultConfirmationDelay = TimeSpan.FromSeconds(5);

    /// <summary>The longest confirmation delay the gateway accepts.</summary>
    public static readonly TimeSpan MaxConfirmationDelay = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, FioranoPayment> _payments = new(StringComparer.Ordinal);
    private long _confirmationDelayTicks = DefaultConfirmationDelay.Ticks;

    public FioranoSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
    }

    /// <summary>
    /// How long after acceptance (on the simulator's clock) a payment is confirmed: 0 to <see cref="MaxConfirmationDelay"/>,
    /// <see cref="DefaultConfirmationDelay"/> unless changed (the engine sets it from <c>Simulators:fiorano:ConfirmationDelay</c>
    /// and the rule files' <c>simulators.fiorano.confirmationDelay</c>). Applies to payments accepted after the change.
    /// </summary>
    public TimeSpan ConfirmationDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _confirmationDelayTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxConfirmationDelay);
            Interlocked.Exchange(ref _confirmationDelayTicks, value.Ticks);
        }
    }

    /// <summary>The payments accepted so far (bounded by StateCapacity).</summary>
    public IReadOnlyCollection<FioranoPayment> Payments => _payments.Values.ToList();

    public FioranoPayment? FindPayment(string transactionRef) => _payments.GetValueOrDefault(transactionRef);

    private bool ProductionLike => Options.FixtureMode == FixtureMode.ProductionLike;

    protected override IEnumerable<SimRoute> DefineRoutes() => FioranoMarket.All.SelectMany(m => new[]
    {
        new SimRoute("GET", m.BasePath + "/catalog", _ => CatalogOperation, r => Catalog(m)),
        new SimRoute("GET", m.BasePath + "/utilities/*", _ => LookupOperation, r => Lookup(m, r)),
        new SimRoute("POST", m.BasePath + "/payments", _ => PaymentOperation, r => Pay(m, r)),
        new SimRoute("GET", m.BasePath + "/payments/*", _ => StatusOperation, r => Status(m, r)),
    });

    protected override void OnReset()
    {
        _payments.Clear();
        ConfirmationDelay = DefaultConfirmationDelay;
    }

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message)
    {
        var text = message ?? "Declined by the gateway.";
        if (request.Operation == StatusOperation && FioranoMarket.OfPath(request.Path) is { } market
            && _payments.TryGetValue(LastSegment(request.Path), out var payment))
        {
            // A confirmation failure injected by a fault: the payment stays failed for later queries too.
            var failed = payment with { ConfirmAt = Clock.GetUtcNow(), Outcome = FioranoPaymentStatus.Failed, FailureCode = code, FailureDescription = text };
            _payments[payment.TransactionRef] = failed;
            return Status(market, request);
        }

        return request.Operation == PaymentOperation ? Rejected(422, code, text) : Error(422, code, text);
    }

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Error(statusCode, "E" + statusCode.ToString(CultureInfo.InvariantCulture), "Simulated Fiorano gateway failure.");

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Error(404, "E404", $"No Fiorano service {request.Method} {request.Path}.");

    private static SimResponse Catalog(FioranoMarket market) => SimResponse.Json(200, new
    {
        statusCode = "00",
        statusDescription = "SUCCESS",
        country = market.Country,
        currency = market.Currency,
        products = FioranoFixtures.Catalog(market).Select(p => new
        {
            utilityCode = p.UtilityCode,
            productType = p.ProductType,
            category = p.Category,
            description = p.Description,
        }),
    });

    /// <summary><c>GET {base}/utilities/{utilityCode}/accounts/{reference}[?area=...]</c>.</summary>
    private SimResponse Lookup(FioranoMarket market, SimRequest request)
    {
        var parts = request.Path[(market.BasePath.Length + "/utilities/".Length)..].Split('/');
        if (parts.Length != 3 || parts[1] != "accounts" || parts[0].Length == 0 || parts[2].Length == 0)
        {
            return Error(400, "E01", $"Expected {market.BasePath}/utilities/{{utilityCode}}/accounts/{{reference}}.");
        }

        var utility = Uri.UnescapeDataString(parts[0]).ToUpperInvariant();
        var reference = Uri.UnescapeDataString(parts[2]);
        if (FioranoFixtures.Catalog(market).All(p => p.UtilityCode != utility))
        {
            return Error(404, "E02", $"Unknown utility code {utility}.");
        }

        var area = QueryValue(request.Query, "area");
        if (utility == "NWSC" && string.IsNullOrWhiteSpace(area))
        {
            return Error(400, "E01", "NWSC lookups need the customer's area (?area=...).");
        }

        var account = FioranoFixtures.Find(market, utility, reference, area, Options.FixtureMode);
        if (account is null)
        {
            return Error(404, "E03", utility == "ETAX" ? $"PRN {reference} is not valid." : $"{utility} reference {reference} was not found.");
        }

        return SimResponse.Json(200, new
        {
            statusCode = "00",
            statusDescription = "SUCCESS",
            utilityCode = utility,
            reference,
            productReference = account.ProductReference,
            amountDue = account.AmountDue?.ToString("0.00", CultureInfo.InvariantCulture),
            details = account.Details.Select(d => new { name = d.Key, value = d.Value }),
        });
    }

    private static string LastSegment(string path) => Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);

    private static string? QueryValue(string query, string name) => query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .Where(p => string.Equals(Uri.UnescapeDataString(p[0]), name, StringComparison.OrdinalIgnoreCase))
        .Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "")
        .FirstOrDefault();

    private static SimResponse Error(int status, string code, string description) =>
        SimResponse.Json(status, new { statusCode = code, status = "ERROR", statusDescription = description });

    private static SimResponse Rejected(int status, string code, string description) =>
        SimResponse.Json(status, new { statusCode = code, status = "REJECTED", statusDescription = description });
}
