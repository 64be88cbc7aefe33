using System.Xml.Linq;

namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// A PreVend or Vend the simulator processed (successful or declined), kept so that a retry with
/// the same requestId replays it, TransactionCheck reports it and Reprint finds the token.
/// </summary>
public sealed class FrontierTransaction(
    string requestId,
    string transactionNumber,
    string operation,
    int itemId,
    string fingerprint,
    bool succeeded,
    XElement result,
    DateTimeOffset processedAt,
    string? meterNumber)
{
    private readonly XElement _result = new(result);

    public string RequestId { get; } = requestId;

    public string TransactionNumber { get; } = transactionNumber;

    public string Operation { get; } = operation;

    public int ItemId { get; } = itemId;

    public string Fingerprint { get; } = fingerprint;

    public bool Succeeded { get; } = succeeded;

    public DateTimeOffset ProcessedAt { get; } = processedAt;

    public string? MeterNumber { get; } = meterNumber;

    /// <summary>A copy of the result element exactly as it was answered.</summary>
    public XElement Result => new(_result);
}
