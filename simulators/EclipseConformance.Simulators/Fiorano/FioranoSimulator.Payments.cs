using System.Globalization;

namespace EclipseConformance.Simulators.Fiorano;

public sealed partial class FioranoSimulator
{
    /// <summary>
    /// <c>POST {base}/payments</c>: validates the utility reference and (for tax) the amount owed, then accepts the
    /// payment PENDING (202). The same <c>transactionRef</c> again answers the payment as it is now (idempotent).
    /// </summary>
    private SimResponse Pay(FioranoMarket market, SimRequest request)
    {
        var transactionRef = request.Field("transactionRef");
        var utility = request.Field("utilityCode")?.ToUpperInvariant();
        var reference = request.Field("customerReference");
        var currency = request.Field("currency");
        if (string.IsNullOrWhiteSpace(transactionRef) || string.IsNullOrWhiteSpace(utility) || string.IsNullOrWhiteSpace(reference))
        {
            return Rejected(400, "E01", "transactionRef, utilityCode and customerReference are required.");
        }

        if (!decimal.TryParse(request.Field("amount"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return Rejected(400, "E01", "amount must be a positive decimal.");
        }

        if (_payments.TryGetValue(transactionRef, out var existing))
        {
            return Accepted(existing, 200);
        }

        if (!string.Equals(currency, market.Currency, StringComparison.Ordinal))
        {
            return Rejected(422, "E05", $"Currency {currency} is not supported; this gateway pays in {market.Currency}.");
        }

        if (FioranoFixtures.Catalog(market).All(p => p.UtilityCode != utility))
        {
            return Rejected(422, "E02", $"Unknown utility code {utility}.");
        }

        var account = FioranoFixtures.Find(market, utility, reference, area: null, Options.FixtureMode);
        if (account is null)
        {
            return Rejected(422, "E03", utility == "ETAX" ? $"PRN {reference} is not valid." : $"{utility} reference {reference} was not found.");
        }

        if (reference.EndsWith(FioranoFixtures.AlreadyPaidSuffix, StringComparison.Ordinal))
        {
            return Rejected(422, "E04", $"{utility} reference {reference} has already been paid.");
        }

        if (account.AmountDue is { } due && due != amount)
        {
            return Rejected(422, "E06", $"Amount {amount.ToString("0.00", CultureInfo.InvariantCulture)} does not match the amount due {due.ToString("0.00", CultureInfo.InvariantCulture)}.");
        }

        if (_payments.Count >= Options.StateCapacity)
        {
            return Error(503, "E99", $"The gateway holds at most {Options.StateCapacity} payments; reset the simulator.");
        }

        var now = Clock.GetUtcNow();
        var fails = reference.EndsWith(FioranoFixtures.ConfirmationFailsSuffix, StringComparison.Ordinal);
        var payment = new FioranoPayment(
            market.Code,
            transactionRef,
            "FIO" + Random.NextDigits(12, nonZeroFirst: true),
            utility,
            reference,
            amount,
            market.Currency,
            request.Field("sourceType"),
            now,
            reference.EndsWith(FioranoFixtures.NeverConfirmedSuffix, StringComparison.Ordinal) ? null : now + ConfirmationDelay,
            fails ? FioranoPaymentStatus.Failed : FioranoPaymentStatus.Successful,
            fails ? "E51" : null,
            fails ? "Debit of the source account was declined by the core banking system." : null);
        payment = _payments.GetOrAdd(transactionRef, payment);
        return Accepted(payment, 202);
    }

    private SimResponse Accepted(FioranoPayment payment, int status) => SimResponse.Json(status, new
    {
        statusCode = "00",
        status = Wire(payment.StatusAt(Clock.GetUtcNow())),
        statusDescription = "Accepted for processing",
        transactionRef = payment.TransactionRef,
        fioranoReference = payment.FioranoReference,
    });

    /// <summary><c>GET {base}/payments/{transactionRef}</c>: the payment's status now (404 when Fiorano never received it).</summary>
    private SimResponse Status(FioranoMarket market, SimRequest request)
    {
        var transactionRef = LastSegment(request.Path);
        if (!_payments.TryGetValue(transactionRef, out var payment) || payment.Market != market.Code)
        {
            return Error(404, "E404", $"No payment with transactionRef {transactionRef}.");
        }

        var status = payment.StatusAt(Clock.GetUtcNow());
        return SimResponse.Json(200, new
        {
            statusCode = status == FioranoPaymentStatus.Failed ? payment.FailureCode : "00",
            status = Wire(status),
            statusDescription = status switch
            {
                FioranoPaymentStatus.Successful => "Payment confirmed",
                FioranoPaymentStatus.Failed => payment.FailureDescription,
                _ => "Awaiting confirmation",
            },
            transactionRef = payment.TransactionRef,
            fioranoReference = payment.FioranoReference,
            utilityCode = payment.UtilityCode,
            customerReference = payment.CustomerReference,
            amount = payment.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            currency = payment.Currency,
            receiptNumber = status == FioranoPaymentStatus.Successful ? "RCT" + payment.FioranoReference[3..] : null,
        });
    }

    private static string Wire(FioranoPaymentStatus status) => status switch
    {
        FioranoPaymentStatus.Successful => "SUCCESSFUL",
        FioranoPaymentStatus.Failed => "FAILED",
        _ => "PENDING",
    };
}
