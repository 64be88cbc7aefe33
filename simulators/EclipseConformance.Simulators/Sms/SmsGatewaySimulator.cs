using System.Text.Json;
using System.Text.RegularExpressions;

namespace EclipseConformance.Simulators.Sms;

/// <summary>
/// The SMS gateway: JSON over HTTP. <c>POST /sms/send</c> {to, from, message, reference} answers
/// {messageId, status: "ACCEPTED", to, segments} and lands the message in <see cref="Inbox"/>;
/// <c>GET /sms/status/{messageId}</c> reports delivery. Errors are {status: "REJECTED", errorCode,
/// errorMessage}. See simulators/README.md for the contract.
/// </summary>
public sealed partial class SmsGatewaySimulator : UpstreamSimulator
{
    public const string SimulatorName = "sms";
    public const int MaxMessageLength = 1600;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public SmsGatewaySimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Inbox = new SmsInbox(context.Options.StateCapacity);
    }

    /// <summary>Every accepted SMS, bounded by <see cref="SimulatorOptions.StateCapacity"/>.</summary>
    public SmsInbox Inbox { get; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("POST", "/sms/send", _ => "Send", Send),
        new SimRoute("GET", "/sms/status/*", _ => "Status", Status),
    ];

    protected override void OnReset() => Inbox.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        Rejected(422, code, message ?? "Message rejected by the gateway.");

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Rejected(statusCode, "GATEWAY_ERROR", "Simulated gateway failure.");

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Rejected(404, "NOT_FOUND", $"No endpoint {request.Method} {request.Path}.");

    private SimResponse Send(SimRequest request)
    {
        SmsSendRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<SmsSendRequest>(request.Body, JsonOptions);
        }
        catch (JsonException)
        {
            return Rejected(400, "INVALID_JSON", "The body is not valid JSON.");
        }

        if (body is null || string.IsNullOrWhiteSpace(body.To) || string.IsNullOrEmpty(body.Message))
        {
            return Rejected(400, "MISSING_FIELD", "'to' and 'message' are required.");
        }

        if (!Phone().IsMatch(body.To))
        {
            return Rejected(400, "INVALID_DESTINATION", "'to' must be 8-15 digits, optionally with a leading '+'.");
        }

        if (body.Message.Length > MaxMessageLength)
        {
            return Rejected(400, "MESSAGE_TOO_LONG", $"'message' is limited to {MaxMessageLength} characters.");
        }

        if (body.From is { Length: > 16 } || body.Reference is { Length: > 100 })
        {
            return Rejected(400, "FIELD_TOO_LONG", "'from' is limited to 16 and 'reference' to 100 characters.");
        }

        if (!string.IsNullOrEmpty(body.Reference) && Inbox.FindByReference(body.Reference) is { } earlier)
        {
            // A retried send with the same client reference is not delivered twice.
            return Accepted(earlier, duplicate: true);
        }

        var message = new SmsMessage(
            "SM" + Random.NextHex(16),
            body.To,
            body.From,
            body.Message,
            string.IsNullOrEmpty(body.Reference) ? null : body.Reference,
            Segments(body.Message),
            Clock.GetUtcNow());
        Inbox.Add(message);
        return Accepted(message, duplicate: false);
    }

    private SimResponse Status(SimRequest request)
    {
        var id = request.Path[(request.Path.LastIndexOf('/') + 1)..];
        return Inbox.Find(id) is { } message
            ? SimResponse.Json(200, new { messageId = message.MessageId, status = "DELIVERED", to = message.To, deliveredAt = message.ReceivedAt })
            : Rejected(404, "UNKNOWN_MESSAGE", $"No message '{id}'.");
    }

    private static SimResponse Accepted(SmsMessage message, bool duplicate) =>
        SimResponse.Json(200, new { messageId = message.MessageId, status = "ACCEPTED", to = message.To, segments = message.Segments, duplicate });

    private static SimResponse Rejected(int statusCode, string code, string message) =>
        SimResponse.Json(statusCode, new { status = "REJECTED", errorCode = code, errorMessage = message });

    /// <summary>GSM-7 text: 160 characters alone, 153 per part when split; anything else UCS-2: 70 / 67.</summary>
    internal static int Segments(string text)
    {
        var gsm = text.All(c => c is >= ' ' and <= '~' or '\n' or '\r');
        var (single, part) = gsm ? (160, 153) : (70, 67);
        return text.Length <= single ? 1 : (text.Length + part - 1) / part;
    }

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex Phone();
}
