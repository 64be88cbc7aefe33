using System.Globalization;

namespace EclipseConformance.Engine.Vas;

/// <summary>References derived from a payment id.</summary>
public static class PaymentIds
{
    /// <summary><c>gatewayTransactionId</c> (<c>Payment-4007245</c>), also the idempotency key of its ledger postings.</summary>
    public static string Gateway(long paymentId) => string.Create(CultureInfo.InvariantCulture, $"Payment-{paymentId}");
}
