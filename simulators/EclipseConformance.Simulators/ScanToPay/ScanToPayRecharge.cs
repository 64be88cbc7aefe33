namespace EclipseConformance.Simulators.ScanToPay;

/// <summary>A recharge Scan to Pay processed (successful or refused), as its status query answers it.</summary>
public sealed record ScanToPayRecharge(
    string Reference,
    string ProductCode,
    string Msisdn,
    decimal Amount,
    string ResponseCode,
    string ResponseMessage,
    string? TransactionId,
    DateTimeOffset ProcessedAt)
{
    public bool Succeeded => ResponseCode == ScanToPaySimulator.Approved;

    public object ToWire() => new
    {
        responseCode = ResponseCode,
        responseMessage = ResponseMessage,
        reference = Reference,
        transactionId = TransactionId,
        productCode = ProductCode,
        msisdn = Msisdn,
        amount = Amount,
        status = Succeeded ? "SUCCESS" : "FAILED",
        processedAt = ProcessedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
    };
}
