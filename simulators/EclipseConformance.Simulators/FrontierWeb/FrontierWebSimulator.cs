using System.Globalization;
using System.Xml.Linq;

namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// FrontierWeb Services (VAS partner 20, Botswana) as a SOAP 1.1 service at
/// <see cref="ServicePath"/>: GetProductList, PreVend, Vend and TransactionCheck, with the Conlog
/// Botswana utility and DSTV fixtures behind it. Every PreVend/Vend is remembered by requestId, so
/// a retry replays it, TransactionCheck reports its true outcome (also when the caller never got
/// the answer) and Reprint finds the last token. Contract: simulators/README.md.
/// </summary>
public sealed partial class FrontierWebSimulator : UpstreamSimulator
{
    public const string SimulatorName = "frontierweb";
    public const string ServicePath = "/FrontierWeb/VasService";
    public const int PartnerId = 20;
    public const string PartnerName = "FrontierWebServices";
    public const string Currency = "BWP";

    public FrontierWebSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Transactions = new FrontierTransactionStore(context.Options.StateCapacity);
    }

    /// <summary>Processed PreVends and Vends (successful and declined), bounded by StateCapacity.</summary>
    public FrontierTransactionStore Transactions { get; }

    /// <summary>When set, requests with other merchant credentials get a Client fault.</summary>
    public FrontierCredentials? ExpectedCredentials { get; set; }

    private bool ProductionLike => Options.FixtureMode == FixtureMode.ProductionLike;

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("POST", ServicePath, FrontierSoapParser.OperationOf, Handle),
    ];

    protected override void OnReset() => Transactions.Clear();

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        FrontierXml.Fault(statusCode, statusCode < 500 ? "Client" : "Server", "Simulated FrontierWeb failure (HTTP " + statusCode.ToString(CultureInfo.InvariantCulture) + ").", "SIMULATED_FAILURE");

    protected override SimResponse RenderNotFound(SimRequest request) =>
        FrontierXml.Fault(404, "Client", $"No FrontierWeb service at {request.Path}; use POST {ServicePath}.", "NO_SUCH_SERVICE");

    protected override SimResponse RenderMalformedSeed(SimRequest request) =>
        FrontierXml.Result(request.Operation ?? FrontierOperation.Vend, FrontierResults.Frame(request.Operation ?? FrontierOperation.Vend, "", "", 0, 0));

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message)
    {
        var (parsed, _) = FrontierSoapParser.Parse(request);
        if (parsed is null)
        {
            return RenderHttpError(request, 500);
        }

        var responseCode = int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) ? numeric : FrontierResponseCode.SystemError;
        var text = message ?? "Declined by provider.";
        if (parsed.Operation is FrontierOperation.PreVend or FrontierOperation.Vend)
        {
            var declined = FrontierResults.Frame(parsed.Operation, parsed.RequestId!, NewTransactionNumber(), parsed.ItemId!.Value, responseCode, error: (code, text));
            return Remember(parsed, declined, succeeded: false);
        }

        return FrontierXml.Result(parsed.Operation, FrontierXml.Obj(
            parsed.Operation + "Result",
            FrontierXml.Int("responseCode", responseCode),
            FrontierXml.Str("responseMessage", text)));
    }

    private SimResponse Handle(SimRequest request)
    {
        var (parsed, fault) = FrontierSoapParser.Parse(request);
        if (parsed is null)
        {
            return fault!;
        }

        if (ExpectedCredentials is { } expected && !CredentialsMatch(expected, parsed.Credentials))
        {
            return FrontierXml.Fault(500, "Client", "Authentication failed for the merchant credentials.", "AUTHENTICATION_FAILED");
        }

        return parsed.Operation switch
        {
            FrontierOperation.GetProductList => FrontierXml.Result(parsed.Operation, ProductList()),
            FrontierOperation.TransactionCheck => FrontierXml.Result(parsed.Operation, Check(parsed)),
            _ => Process(parsed),
        };
    }

    /// <summary>PreVend/Vend with requestId idempotency: same request replays, a different one is refused.</summary>
    private SimResponse Process(FrontierRequest request)
    {
        if (Transactions.ByRequestId(request.RequestId!) is { } earlier)
        {
            return earlier.Fingerprint == request.Fingerprint
                ? FrontierXml.Result(request.Operation, earlier.Result)
                : FrontierXml.Result(request.Operation, FrontierResults.Declined(
                    request.Operation, request.RequestId!, NewTransactionNumber(), request.ItemId!.Value,
                    FrontierResponseCode.DuplicateRequestId, "DUPLICATE REQUEST ID WITH DIFFERENT DETAILS"));
        }

        var (result, succeeded) = request.Operation == FrontierOperation.PreVend ? PreVend(request) : Vend(request);
        return Remember(request, result, succeeded);
    }

    private SimResponse Remember(FrontierRequest request, XElement result, bool succeeded)
    {
        var transaction = new FrontierTransaction(
            request.RequestId!,
            (string)result.Element(FrontierXml.Fw + "transactionNumber")!,
            request.Operation,
            request.ItemId!.Value,
            request.Fingerprint,
            succeeded,
            result,
            Clock.GetUtcNow(),
            request.MeterNumber);
        var stored = Transactions.AddOrGet(transaction);
        return FrontierXml.Result(request.Operation, stored.Result);
    }

    private static bool CredentialsMatch(FrontierCredentials expected, IReadOnlyDictionary<string, string> given)
    {
        static bool Same(string? want, IReadOnlyDictionary<string, string> given, string key) =>
            want is null || (given.TryGetValue(key, out var value) && value == want);

        return Same(expected.MerchantNumber, given, "merchantNumber")
            && Same(expected.MerchantPassword, given, "merchantPassword")
            && Same(expected.TerminalNumber, given, "terminalNumber");
    }

    private string NewTransactionNumber() => Random.NextDigits(20, nonZeroFirst: true);
}
