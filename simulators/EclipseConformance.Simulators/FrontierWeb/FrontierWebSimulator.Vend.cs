using System.Globalization;
using System.Xml.Linq;
using static EclipseConformance.Simulators.FrontierWeb.FrontierXml;

namespace EclipseConformance.Simulators.FrontierWeb;

public sealed partial class FrontierWebSimulator
{
    private (XElement Result, bool Succeeded) Vend(FrontierRequest request)
    {
        var transactionNumber = NewTransactionNumber();
        var itemId = request.ItemId!.Value;
        XElement Decline(int code, string message) =>
            FrontierResults.Declined(FrontierOperation.Vend, request.RequestId!, transactionNumber, itemId, code, message);

        var product = FrontierProducts.Find(itemId);
        if (product is null)
        {
            return (Decline(FrontierResponseCode.InvalidItem, "INVALID ITEM"), false);
        }

        if (product.Kind == FrontierProductKind.PreVend)
        {
            return (Decline(FrontierResponseCode.OperationNotAllowed, "PRE-VEND ITEMS CANNOT BE VENDED"), false);
        }

        if (product.Kind != FrontierProductKind.ReprintToken && request.Msisdn is { } msisdn && (msisdn.Length is < 8 or > 16 || !msisdn.All(char.IsAsciiDigit)))
        {
            return (Decline(FrontierResponseCode.ValidationFailed, "INVALID MSISDN"), false);
        }

        var outcome = product.Kind switch
        {
            FrontierProductKind.UtilityToken => VendToken(request, transactionNumber),
            FrontierProductKind.ReprintToken => Reprint(request),
            FrontierProductKind.PinnedAirtime => VendVoucher(request, product),
            FrontierProductKind.DirectTopUp => VendTopUp(request, product, transactionNumber),
            _ => VendBill(request, product, transactionNumber),
        };
        if (outcome.Error is { } e)
        {
            return (Decline(e.Code, e.Message), false);
        }

        var result = FrontierResults.Frame(
            FrontierOperation.Vend, request.RequestId!, transactionNumber, itemId, FrontierResponseCode.Approved,
            outcome.Receipt, outcome.Receipt, outcome.Slot);
        return (result, true);
    }

    private static (int Code, string Message)? CheckAmount(decimal? amount, decimal min, decimal max)
    {
        if (amount is not { } value || value <= 0m)
        {
            return (FrontierResponseCode.InvalidAmount, "AMOUNT MUST BE GREATER THAN ZERO");
        }

        return value < min || value > max
            ? (FrontierResponseCode.AmountOutsideLimits, $"AMOUNT OUTSIDE VEND LIMITS {Money(min)} - {Money(max)}")
            : null;
    }

    private VendOutcome VendToken(FrontierRequest request, string transactionNumber)
    {
        var (_, _, invalid) = ValidateMeter(request.MeterNumber);
        if (invalid is not null)
        {
            return new(null, "", invalid);
        }

        if (CheckAmount(request.Amount, ConlogBotswanaFixture.MinVendAmount, ConlogBotswanaFixture.MaxVendAmount) is { } limit)
        {
            return new(null, "", limit);
        }

        var meter = request.MeterNumber!;
        var amount = request.Amount!.Value + 0.00m;
        var units = ConlogBotswanaFixture.UnitsFor(amount) + 0.0m;
        var vat = ConlogBotswanaFixture.VatIn(amount) + 0.00m;
        var token = Random.NextDigits(20);
        var formatted = string.Join(' ', Enumerable.Range(0, 5).Select(i => token.Substring(i * 4, 4)));
        var receiptNumber = Random.NextDigits(10, nonZeroFirst: true);
        var rate = ConlogBotswanaFixture.TariffRatePerKwh;
        var slot = Obj(
            "electricityResponse",
            Str("meterNumber", meter),
            Str("customerName", ConlogBotswanaFixture.CustomerName),
            Str("address", ConlogBotswanaFixture.Address),
            Int("processorID", ConlogBotswanaFixture.ProcessorId),
            Str("processorDescription", ConlogBotswanaFixture.ProcessorDescription),
            Str("receiptNumber", receiptNumber),
            Dec("amount", amount),
            Dec("vatAmount", vat),
            Dec("units", units),
            Str("unitsType", "kWh"),
            Str("tariffName", ConlogBotswanaFixture.TariffName),
            Dec("tariffRate", rate),
            Arr("tokens", [Obj(
                "token",
                Str("tokenNumber", token),
                Str("tokenFormatted", formatted),
                Dec("units", units),
                Str("unitsType", "kWh"),
                Str("tokenType", "CREDIT"),
                Str("tokenTechnology", ConlogBotswanaFixture.TokenTechnology),
                Str("supplyGroupCode", ConlogBotswanaFixture.SupplyGroupCode),
                Str("keyRevisionNumber", ConlogBotswanaFixture.KeyRevisionNumber),
                Str("tariffIndex", ConlogBotswanaFixture.TariffIndex))]),
            Bool("reprint", false),
            Nil("originalTransactionNumber"),
            FrontierResults.ElectricityExtensions(
                $"{ConlogBotswanaFixture.TariffName} @ {Currency} {rate.ToString("0.00", CultureInfo.InvariantCulture)}/kWh (VAT incl.)",
                rate.ToString("0.00", CultureInfo.InvariantCulture),
                [Obj("tariffBlock", Int("blockNumber", 1), Dec("units", units), Dec("rate", rate), Dec("amount", amount))]));
        var receipt =
            $"CONLOG BOTSWANA PREPAID ELECTRICITY\nMETER: {meter}\nNAME: {ConlogBotswanaFixture.CustomerName}\n" +
            $"ADDRESS: {ConlogBotswanaFixture.Address}\nTOKEN: {formatted}\nUNITS: {units.ToString(CultureInfo.InvariantCulture)} kWh\n" +
            $"AMOUNT: {Currency} {Money(amount)} (VAT {Currency} {Money(vat)})\nTARIFF: {ConlogBotswanaFixture.TariffName}\n" +
            $"RECEIPT: {receiptNumber}\nREF: {transactionNumber}\n" +
            $"TT:{ConlogBotswanaFixture.TokenTechnology}  SGC:{ConlogBotswanaFixture.SupplyGroupCode}  KRN:{ConlogBotswanaFixture.KeyRevisionNumber}   TI:{ConlogBotswanaFixture.TariffIndex}\n";
        return new(slot, receipt, null);
    }

    /// <summary>Reprint (1290): the last token vended to the meter (or to originalTransactionNumber), free of charge.</summary>
    private VendOutcome Reprint(FrontierRequest request)
    {
        if (request.MeterNumber is null)
        {
            return new(null, "", (FrontierResponseCode.MissingField, "METER NUMBER REQUIRED"));
        }

        var original = request.OriginalTransactionNumber is { } number
            ? Transactions.ByTransactionNumber(number) is { Succeeded: true, ItemId: 1248 } t && t.MeterNumber == request.MeterNumber ? t : null
            : Transactions.LastTokenFor(request.MeterNumber);
        var electricity = original?.Result.Descendants(Fw + "electricityResponse").FirstOrDefault();
        if (original is null || electricity is null)
        {
            return new(null, "", (FrontierResponseCode.NothingToReprint, "NO TOKEN TO REPRINT FOR THIS METER"));
        }

        electricity.Element(Fw + "reprint")!.ReplaceWith(Bool("reprint", true));
        electricity.Element(Fw + "originalTransactionNumber")!.ReplaceWith(Str("originalTransactionNumber", original.TransactionNumber));
        var receipt = "*** REPRINT ***\n" + (string?)original.Result.Element(Fw + "customerReceipt");
        return new(electricity, receipt, null);
    }

    private VendOutcome VendVoucher(FrontierRequest request, FrontierProduct product)
    {
        if (request.Amount is { } amount && amount != product.FixedPriceIncl)
        {
            return new(null, "", (FrontierResponseCode.InvalidAmount, $"AMOUNT MUST BE {Money(product.FixedPriceIncl)} FOR {product.Name}"));
        }

        var serial = Random.NextDigits(12, nonZeroFirst: true);
        var pin = Random.NextDigits(16, nonZeroFirst: true);
        var expiry = Clock.GetUtcNow().UtcDateTime.Date.AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var instructions = $"Dial {product.RechargeCode!.Replace("{PIN}", pin, StringComparison.Ordinal)} to recharge";
        var slot = Obj(
            "voucherResponse",
            Str("network", product.NetworkName),
            Str("networkId", product.NetworkId),
            Str("productName", product.Name),
            Dec("faceValue", product.FixedPriceIncl),
            Int("quantity", 1),
            Arr("saleItemList", [Obj(
                "saleItem",
                Str("serialNumber", serial),
                Str("pinNumber", pin),
                Str("expiryDate", expiry),
                Dec("faceValue", product.FixedPriceIncl),
                Str("productName", product.Name),
                Str("rechargeInstructions", instructions))]));
        var receipt = $"{product.Name}\nPIN: {pin}\nSERIAL: {serial}\nEXPIRES: {expiry}\n{instructions}\n";
        return new(slot, receipt, null);
    }

    private static VendOutcome VendTopUp(FrontierRequest request, FrontierProduct product, string transactionNumber)
    {
        if (request.Msisdn is null)
        {
            return new(null, "", (FrontierResponseCode.MissingField, "MSISDN REQUIRED"));
        }

        if (CheckAmount(request.Amount, product.MinAmount, product.MaxAmount) is { } limit)
        {
            return new(null, "", limit);
        }

        var amount = request.Amount!.Value + 0.00m;
        var slot = Obj(
            "airtimeTopUpResponse",
            Str("msisdn", request.Msisdn),
            Str("network", product.NetworkName),
            Str("networkId", product.NetworkId),
            Dec("amount", amount),
            Str("topUpReference", transactionNumber),
            Str("status", "TOPPED_UP"));
        return new(slot, $"{product.Name}\nMSISDN: {request.Msisdn}\nAMOUNT: {Currency} {Money(amount)}\nREF: {transactionNumber}\n", null);
    }

    private VendOutcome VendBill(FrontierRequest request, FrontierProduct product, string transactionNumber)
    {
        var (_, _, invalid) = ValidateAccount(request.AccountNumber);
        if (invalid is not null)
        {
            return new(null, "", invalid);
        }

        if (CheckAmount(request.Amount, product.MinAmount, product.MaxAmount) is { } limit)
        {
            return new(null, "", limit);
        }

        var account = request.AccountNumber!;
        var holder = DstvFixture.Find(account);
        var amount = request.Amount!.Value + 0.00m;
        var boxOffice = product.ItemId == 1261;
        var confirmation = boxOffice
            ? $"Box Office payment of {Currency} {Money(amount)} received for account {account}"
            : $"DStv account {account} recharged with {Currency} {Money(amount)}";
        var slot = Obj(
            "billPaymentResponse",
            Str("billerName", DstvFixture.BillerName),
            Str("accountNumber", account),
            Str("customerName", holder?.CustomerName ?? "DSTV Customer"),
            Str("productName", product.Name),
            Dec("amountPaid", amount),
            Str("currency", Currency),
            Str("receiptNumber", Random.NextDigits(10, nonZeroFirst: true)),
            Str("paymentReference", transactionNumber),
            Str("status", boxOffice ? "PAID" : "RECHARGED"),
            Str("confirmationMessage", confirmation));
        return new(slot, $"{product.Name}\nACCOUNT: {account}\n{confirmation}\nREF: {transactionNumber}\n", null);
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed record VendOutcome(XElement? Slot, string Receipt, (int Code, string Message)? Error);
}
