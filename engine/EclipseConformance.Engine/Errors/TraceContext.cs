namespace EclipseConformance.Engine.Errors;

/// <summary>
/// The W3C trace context of one request: the caller's trace id when a valid <c>traceparent</c> was sent, a new one
/// otherwise, and a fresh span id for this hop. Rendered as Eclipse's <c>tracingContext</c>.
/// </summary>
public sealed record TraceContext(string TraceId, string SpanId, string Flags)
{
    public string TracingContext => $"00-{TraceId}-{SpanId}-{Flags}";

    public static TraceContext Of(HttpContext context) =>
        context.Features.Get<TraceContext>() ?? new TraceContext(new string('0', 32), new string('0', 16), "00");
}
