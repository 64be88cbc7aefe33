namespace EclipseConformance.Simulators;

/// <summary>
/// The outcome of a fault. <see cref="Delay"/> is waited before the outcome for every kind (for
/// <see cref="FaultKind.Timeout"/> it is how long the connection is held). With
/// <see cref="ProcessFirst"/> the provider handles the request (its state changes, e.g. a vend is
/// recorded) before the fault takes the answer away: "the vend succeeded upstream but the caller
/// never heard".
/// </summary>
public sealed record FaultOutcome
{
    public required FaultKind Kind { get; init; }

    public TimeSpan Delay { get; init; }

    public bool ProcessFirst { get; init; }

    /// <summary>
    /// HTTP status for <see cref="FaultKind.HttpStatus"/> (4xx/5xx) and <see cref="FaultKind.Respond"/> (2xx, default 200),
    /// optionally for <see cref="FaultKind.EmptyResponse"/>.
    /// </summary>
    public int StatusCode { get; init; }

    /// <summary>Body for <see cref="FaultKind.HttpStatus"/> (a simulator-specific default when null) and <see cref="FaultKind.Respond"/> (required).</summary>
    public string? Body { get; init; }

    public string? ContentType { get; init; }

    /// <summary>Provider error code for <see cref="FaultKind.BusinessError"/> (e.g. FrontierWeb responseCode "12").</summary>
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public static FaultOutcome Latency(TimeSpan delay) => new() { Kind = FaultKind.Delay, Delay = delay };

    /// <summary>Never answers: holds the connection for <paramref name="hold"/> (null: the simulator's MaxHold), then drops it.</summary>
    public static FaultOutcome Timeout(TimeSpan? hold = null) =>
        new() { Kind = FaultKind.Timeout, Delay = hold ?? TimeSpan.Zero };

    /// <summary>The provider processes the request, but the answer is held past the caller's timeout and then dropped.</summary>
    public static FaultOutcome SucceedThenTimeout(TimeSpan? hold = null) =>
        new() { Kind = FaultKind.Timeout, Delay = hold ?? TimeSpan.Zero, ProcessFirst = true };

    /// <summary>The provider processes the request and answers normally, but only after <paramref name="delay"/>.</summary>
    public static FaultOutcome LateResponse(TimeSpan delay) =>
        new() { Kind = FaultKind.Delay, Delay = delay, ProcessFirst = true };

    public static FaultOutcome HttpError(int statusCode, string? body = null, string? contentType = null) =>
        new() { Kind = FaultKind.HttpStatus, StatusCode = statusCode, Body = body, ContentType = contentType };

    /// <summary>An alternative successful answer: <paramref name="statusCode"/> (2xx) with <paramref name="body"/>.</summary>
    public static FaultOutcome Answer(string body, int statusCode = 200, string? contentType = null) =>
        new() { Kind = FaultKind.Respond, StatusCode = statusCode, Body = body, ContentType = contentType };

    public static FaultOutcome Malformed(bool processFirst = false) =>
        new() { Kind = FaultKind.MalformedBody, ProcessFirst = processFirst };

    public static FaultOutcome Empty(int statusCode = 200) =>
        new() { Kind = FaultKind.EmptyResponse, StatusCode = statusCode };

    public static FaultOutcome Reset(bool processFirst = false) =>
        new() { Kind = FaultKind.ConnectionReset, ProcessFirst = processFirst };

    public static FaultOutcome Business(string errorCode, string? message = null) =>
        new() { Kind = FaultKind.BusinessError, ErrorCode = errorCode, ErrorMessage = message };

    internal IEnumerable<string> Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return $"Unknown fault kind {(int)Kind}.";
        }

        if (Delay < TimeSpan.Zero || Delay > TimeSpan.FromHours(1))
        {
            yield return "delay must be between 0 and 1 hour.";
        }

        if (Kind == FaultKind.HttpStatus && (StatusCode < 400 || StatusCode > 599))
        {
            yield return "an HTTP status fault needs a 4xx or 5xx status code.";
        }

        if (Kind == FaultKind.Respond && StatusCode != 0 && (StatusCode < 200 || StatusCode > 299))
        {
            yield return "a respond outcome needs a 2xx status code (use HttpStatus for errors).";
        }

        if (Kind == FaultKind.Respond && Body is null)
        {
            yield return "a respond outcome needs a body.";
        }

        if (Kind == FaultKind.EmptyResponse && StatusCode != 0 && (StatusCode < 100 || StatusCode > 599))
        {
            yield return "an empty response needs a status code between 100 and 599.";
        }

        if (Kind == FaultKind.BusinessError && string.IsNullOrWhiteSpace(ErrorCode))
        {
            yield return "a business error fault needs an error code.";
        }

        if (Body is { Length: > 65_536 })
        {
            yield return "body is limited to 65536 characters.";
        }
    }
}
