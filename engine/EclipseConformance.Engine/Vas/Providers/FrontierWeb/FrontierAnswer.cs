using System.Xml.Linq;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// What one FrontierWeb SOAP call gave: the operation's result element, a SOAP fault, or nothing usable (timeout,
/// connection failure, an HTTP error without a fault, a malformed or oversized body) — then the outcome is unknown.
/// </summary>
public sealed record FrontierAnswer(FrontierAnswerKind Kind, XElement? Result = null, string? FaultCode = null, string? FaultString = null, string? ErrorCode = null, string? Problem = null)
{
    public static FrontierAnswer Unusable(string problem) => new(FrontierAnswerKind.Unusable, Problem: problem);

    /// <summary>A <c>soap:Client</c> fault: the service refused the request itself (nothing was processed).</summary>
    public bool IsClientFault => Kind == FrontierAnswerKind.Fault && FaultCode is not null && FaultCode.EndsWith("Client", StringComparison.Ordinal);

    /// <summary>A short description for logs and errorDescription.</summary>
    public string Describe() => Kind switch
    {
        FrontierAnswerKind.Fault => $"FrontierWeb fault {FaultCode} {ErrorCode}: {FaultString}",
        FrontierAnswerKind.Unusable => Problem ?? "no usable answer",
        _ => "result",
    };
}
