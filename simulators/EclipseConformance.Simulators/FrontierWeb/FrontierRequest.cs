namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>A parsed FrontierWeb SOAP request (fields absent from the envelope are null).</summary>
public sealed record FrontierRequest(
    string Operation,
    IReadOnlyDictionary<string, string> Credentials,
    string? RequestId,
    int? ItemId,
    decimal? Amount,
    string? Msisdn,
    string? MeterNumber,
    string? AccountNumber,
    string? OriginalTransactionNumber,
    string? TransactionNumber)
{
    /// <summary>What makes two vends with the same requestId the same vend.</summary>
    public string Fingerprint =>
        string.Join('|', Operation, ItemId, Amount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Msisdn, MeterNumber, AccountNumber, OriginalTransactionNumber);
}
