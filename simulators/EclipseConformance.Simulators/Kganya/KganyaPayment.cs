using System.Globalization;

namespace EclipseConformance.Simulators.Kganya;

/// <summary>A payment Kganya processed (received or refused), as its status query answers it.</summary>
public sealed record KganyaPayment(
    string Reference,
    string ProductId,
    decimal Amount,
    string? ErrorCode,
    string Message,
    string? ReceiptNumber,
    DateTimeOffset ProcessedAt)
{
    public bool Received => ErrorCode is null;

    public object ToWire() => new
    {
        success = Received,
        errorCode = ErrorCode,
        message = Message,
        reference = Reference,
        receiptNumber = ReceiptNumber,
        productId = ProductId,
        amount = Amount,
        status = Received ? "PAID" : "REJECTED",
        processedAt = ProcessedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    };
}
