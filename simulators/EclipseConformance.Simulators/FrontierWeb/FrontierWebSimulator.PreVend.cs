using System.Globalization;
using System.Xml.Linq;
using EclipseConformance.Simulators.Mnp;

namespace EclipseConformance.Simulators.FrontierWeb;

public sealed partial class FrontierWebSimulator
{
    private (XElement Result, bool Succeeded) PreVend(FrontierRequest request)
    {
        var transactionNumber = NewTransactionNumber();
        var product = FrontierProducts.Find(request.ItemId!.Value);
        XElement Decline(int code, string message) =>
            FrontierResults.Declined(FrontierOperation.PreVend, request.RequestId!, transactionNumber, request.ItemId.Value, code, message);

        if (product is null)
        {
            return (Decline(FrontierResponseCode.InvalidItem, "INVALID ITEM"), false);
        }

        if (product.Kind != FrontierProductKind.PreVend)
        {
            return (Decline(FrontierResponseCode.OperationNotAllowed, "ITEM IS NOT A PRE-VEND ITEM"), false);
        }

        var (slot, receipt, error) = product.Category switch
        {
            FrontierProducts.Electricity => ValidateMeter(request.MeterNumber),
            FrontierProducts.Television => ValidateAccount(request.AccountNumber),
            _ => ValidateMsisdn(product, request.Msisdn),
        };
        if (error is { } e)
        {
            return (Decline(e.Code, e.Message), false);
        }

        var result = FrontierResults.Frame(
            FrontierOperation.PreVend, request.RequestId!, transactionNumber, product.ItemId, FrontierResponseCode.Approved,
            merchantReceipt: receipt, slot: slot);
        return (result, true);
    }

    /// <summary>Conlog Botswana meter validation: fixtures pass, blocked fails, others follow the fixture mode.</summary>
    private (XElement? Slot, string Receipt, (int Code, string Message)? Error) ValidateMeter(string? meter)
    {
        if (meter is null)
        {
            return (null, "", (FrontierResponseCode.MissingField, "METER NUMBER REQUIRED"));
        }

        if (!ConlogBotswanaFixture.IsWellFormed(meter))
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "INVALID METER NUMBER"));
        }

        if (meter == ConlogBotswanaFixture.BlockedMeter)
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "METER BLOCKED"));
        }

        if (!ConlogBotswanaFixture.IsSandboxMeter(meter) && ProductionLike)
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "METER NOT FOUND"));
        }

        var receipt =
            $"METER: {meter}\n\nTT:{ConlogBotswanaFixture.TokenTechnology}  SGC:{ConlogBotswanaFixture.SupplyGroupCode}  " +
            $"KRN:{ConlogBotswanaFixture.KeyRevisionNumber}   TI:{ConlogBotswanaFixture.TariffIndex}\n\n" +
            $"NAME: {ConlogBotswanaFixture.CustomerName}\nADDRESS: {ConlogBotswanaFixture.Address}\n";
        var slot = FrontierResults.Prevend(
            ConlogBotswanaFixture.ProcessorId,
            ConlogBotswanaFixture.ProcessorDescription,
            ConlogBotswanaFixture.CustomerName,
            ConlogBotswanaFixture.Address,
            meter,
            ConlogBotswanaFixture.StandNumber,
            maxVendAmount: ConlogBotswanaFixture.MaxVendAmount,
            minVendAmount: ConlogBotswanaFixture.MinVendAmount);
        return (slot, receipt, null);
    }

    /// <summary>DSTV account validation: fixtures pass, the closed account fails, others follow the fixture mode.</summary>
    private (XElement? Slot, string Receipt, (int Code, string Message)? Error) ValidateAccount(string? account)
    {
        if (account is null)
        {
            return (null, "", (FrontierResponseCode.MissingField, "ACCOUNT NUMBER REQUIRED"));
        }

        if (!DstvFixture.IsWellFormed(account))
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "INVALID ACCOUNT NUMBER"));
        }

        if (account == DstvFixture.ClosedAccount)
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "ACCOUNT CLOSED"));
        }

        var known = DstvFixture.Find(account);
        if (known is null && ProductionLike)
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "ACCOUNT NOT FOUND"));
        }

        var holder = known ?? new DstvFixture.Account(account, "DSTV Customer", "DStv Family", 0.00m);
        var due = holder.AmountDue.ToString("0.00", CultureInfo.InvariantCulture);
        var receipt = $"ACCOUNT: {account}\n\nNAME: {holder.CustomerName}\nBOUQUET: {holder.Bouquet}\nAMOUNT DUE: {Currency} {due}\n";
        var slot = FrontierResults.Prevend(
            DstvFixture.ProcessorId,
            DstvFixture.ProcessorDescription,
            holder.CustomerName,
            outstandingCharges: due,
            maxVendAmount: DstvFixture.MaxVendAmount,
            minVendAmount: DstvFixture.MinVendAmount,
            linkedReferenceNum: account,
            balance: holder.AmountDue);
        return (slot, receipt, null);
    }

    /// <summary>Airtime pre-vend: a well-formed number; production-like also wants it in the product's network range.</summary>
    private (XElement? Slot, string Receipt, (int Code, string Message)? Error) ValidateMsisdn(FrontierProduct product, string? msisdn)
    {
        if (msisdn is null)
        {
            return (null, "", (FrontierResponseCode.MissingField, "MSISDN REQUIRED"));
        }

        if (msisdn.Length is < 8 or > 16 || !msisdn.All(char.IsAsciiDigit))
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, "INVALID MSISDN"));
        }

        if (ProductionLike && (MnpFixtures.Normalize(msisdn) is not { } number || MnpFixtures.RangeOf(number)?.Id != product.NetworkId))
        {
            return (null, "", (FrontierResponseCode.ValidationFailed, $"MSISDN IS NOT ON {product.NetworkName}"));
        }

        var slot = FrontierResults.Prevend(
            400 + product.ItemId % 100,
            product.NetworkName ?? product.Name,
            string.Empty,
            maxVendAmount: 1000.00m,
            minVendAmount: 1.00m,
            linkedReferenceNum: msisdn);
        return (slot, $"MSISDN: {msisdn}\nNETWORK: {product.NetworkName}\n", null);
    }
}
