namespace EclipseConformance.Engine.Webhooks;

/// <summary>How the webhook enums are written in the store and on the wire (upper snake case).</summary>
public static class CallbackWire
{
    public static string Name(CallbackStatus status) => status switch
    {
        CallbackStatus.Delivered => "DELIVERED",
        CallbackStatus.NotRetried => "NOT_RETRIED",
        _ => "PENDING",
    };

    public static string Name(AttemptOutcome outcome) => outcome.ToString().ToUpperInvariant();

    public static string Name(AttemptTrigger trigger) => trigger.ToString().ToUpperInvariant();

    public static bool TryParseStatus(string? text, out CallbackStatus status)
    {
        status = default;
        return text is not null && Enum.TryParse(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out status) && Enum.IsDefined(status);
    }
}
