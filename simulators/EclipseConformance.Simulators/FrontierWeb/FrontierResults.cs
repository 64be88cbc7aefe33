using System.Xml.Linq;
using static EclipseConformance.Simulators.FrontierWeb.FrontierXml;

namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// The common frame of PreVend/Vend results: the fields of the document's decoded extraInfo "val",
/// in its order, with exactly one thirdPartyResponse slot filled (or the error slot).
/// </summary>
internal static class FrontierResults
{
    private static readonly string[] Slots =
        ["prevendResponse", "electricityResponse", "uniPinResponse", "carwashResponse", "billPaymentResponse", "airtimeTopUpResponse", "voucherResponse"];

    public static XElement Frame(
        string operation,
        string requestId,
        string transactionNumber,
        int itemId,
        int responseCode,
        string merchantReceipt = "",
        string customerReceipt = "",
        XElement? slot = null,
        (string Code, string Message)? error = null)
    {
        var thirdParty = Obj(
            "thirdPartyResponse",
            error is { } e ? Obj("thirdPartyErrorResponse", Str("errorCode", e.Code), Str("errorMessage", e.Message)) : Nil("thirdPartyErrorResponse"),
            Slots.Select(name => slot is not null && slot.Name.LocalName == name ? slot : Nil(name)));
        return Obj(
            operation + "Result",
            Str("requestId", requestId),
            Str("transactionNumber", transactionNumber),
            Int("itemId", itemId),
            Str("instructionSet", string.Empty),
            Str("merchantReceipt", merchantReceipt),
            Str("customerReceipt", customerReceipt),
            Bool("printFinancialInfo", false),
            Int("responseCode", responseCode),
            thirdParty,
            Nil("cellMessage"),
            Int("receiptFormat", 0),
            Int("receiptFormatVersion", 0),
            Nil("receiptFormatMerchant"),
            Nil("receiptFormatCustomer"));
    }

    public static XElement Declined(string operation, string requestId, string transactionNumber, int itemId, int code, string message) =>
        Frame(operation, requestId, transactionNumber, itemId, code, error: (code.ToString(System.Globalization.CultureInfo.InvariantCulture), message));

    public static XElement UtilityDetails(string utilityName = "") => Obj(
        "utilityDetails",
        Str("utilityName", utilityName),
        Str("address", string.Empty),
        Str("contactDetails", string.Empty),
        Str("taxRef", string.Empty),
        Bool("doUpdate", false));

    public static XElement ElectricityExtensions(string tariffsDescription = "", string tariffs = "", IEnumerable<XElement>? tariffBlocks = null) => Obj(
        "electricityExtensions",
        Str("tariffsDescription", tariffsDescription),
        Str("tariffs", tariffs),
        Str("customerMessage", string.Empty),
        Str("operatorMessage", string.Empty),
        Arr("chargesDetails", []),
        Arr("arrearsDetails", []),
        Arr("tariffBlocks", tariffBlocks ?? []),
        UtilityDetails());

    /// <summary>The document's prevendResponse shape, field for field.</summary>
    public static XElement Prevend(
        int processorId,
        string processorDescription,
        string customerName,
        string address = "",
        string meterNumber = "",
        string standNumber = "",
        string outstandingCharges = "",
        decimal maxVendAmount = 0m,
        decimal minVendAmount = 0m,
        string linkedReferenceNum = "",
        decimal? balance = null) => Obj(
        "prevendResponse",
        UtilityDetails(),
        Int("processorID", processorId),
        Str("processorDescription", processorDescription),
        Str("address", address),
        Str("customerName", customerName),
        Str("meterNumber", meterNumber),
        Nil("customerIDNumber"),
        Str("standNumber", standNumber),
        Str("town", string.Empty),
        Str("remaningQuota", string.Empty),
        Str("oustandingCharges", outstandingCharges),
        Dec("maxVendAmount", maxVendAmount),
        Dec("minVendAmount", minVendAmount),
        ElectricityExtensions(),
        Str("linkedReferenceNum", linkedReferenceNum),
        Dec("balance", balance),
        Nil("availableBalance"),
        Nil("creditLimit"));
}
