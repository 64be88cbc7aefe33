using System.Globalization;

namespace EclipseConformance.Simulators.Acs;

/// <summary>A voucher request ACS processed (issued or refused), as its status query answers it.</summary>
public sealed record AcsVoucher(
    string ClientReference,
    string ProductCode,
    string? Msisdn,
    string? MeterNumber,
    decimal Amount,
    string? ErrorCode,
    string Message,
    string? AcsReference,
    string? UnPin,
    string? UssdString,
    DateTimeOffset ProcessedAt)
{
    public bool Issued => ErrorCode is null;

    public object ToWire() => new
    {
        status = Issued ? "OK" : "FAILED",
        errorCode = ErrorCode,
        message = Message,
        clientReference = ClientReference,
        acsReference = AcsReference,
        productCode = ProductCode,
        msisdn = Msisdn,
        meterNumber = MeterNumber,
        amount = Amount,
        voucher = UnPin is null ? null : new { unPin = UnPin, ussdString = UssdString },
        processedAt = ProcessedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    };
}
