using System.Text.Json.Serialization;

namespace EclipseConformance.Simulators;

/// <summary>What an injected fault does to a matching request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>Wait <see cref="FaultOutcome.Delay"/>, then answer normally (latency).</summary>
    Delay,

    /// <summary>Hold the connection (for <see cref="FaultOutcome.Delay"/>, or the simulator's MaxHold) and then drop it without an answer.</summary>
    Timeout,

    /// <summary>Answer an HTTP status (4xx/5xx) with the given body instead of the provider's answer.</summary>
    HttpStatus,

    /// <summary>Answer with a body cut in half and followed by garbage (WireMock MALFORMED_RESPONSE_CHUNK).</summary>
    MalformedBody,

    /// <summary>Answer a status line and headers with an empty body (WireMock EMPTY_RESPONSE).</summary>
    EmptyResponse,

    /// <summary>Abort the TCP connection without an answer.</summary>
    ConnectionReset,

    /// <summary>Answer the provider's own business error format with the given code and message.</summary>
    BusinessError,

    /// <summary>
    /// Answer a successful (2xx) status with the given body instead of the provider's answer: an alternative
    /// successful outcome, e.g. "this phone is on another network" from the MNP lookup.
    /// </summary>
    Respond,
}
