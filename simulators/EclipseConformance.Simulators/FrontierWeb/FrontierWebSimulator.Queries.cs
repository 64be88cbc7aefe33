using System.Globalization;
using System.Xml.Linq;
using static EclipseConformance.Simulators.FrontierWeb.FrontierXml;

namespace EclipseConformance.Simulators.FrontierWeb;

public sealed partial class FrontierWebSimulator
{
    /// <summary>GetProductList: the document's catalog fields first, then this contract's extras.</summary>
    private static XElement ProductList() => Obj(
        "GetProductListResult",
        Int("responseCode", FrontierResponseCode.Approved),
        Str("responseMessage", "Approved"),
        Int("partnerId", PartnerId),
        Str("partnerName", PartnerName),
        Int("providerId", PartnerId),
        Arr("products", FrontierProducts.All.Select(p => Obj(
            "product",
            Int("partnerId", PartnerId),
            Str("productId", p.ItemId.ToString(CultureInfo.InvariantCulture)),
            Str("productName", p.Name),
            Str("productDescription", p.Name),
            Dec("fixedPriceIncl", p.FixedPriceIncl),
            Bool("pinnedProduct", false),
            Arr("additionalFields", [Obj("additionalField", Str("id", "msisdn"), Str("title", "Phone number"), Str("type", "NUMERIC"), Str("regex", "^[0-9]{8,16}$"))]),
            Str("productCategory", p.Category),
            Str("vendType", p.Kind.ToString()),
            p.PrevendItemId is { } prevend ? Int("prevendProductId", prevend) : Nil("prevendProductId"),
            Str("networkId", p.NetworkId),
            Str("networkName", p.NetworkName),
            Arr("requiredFields", p.RequiredField is { } field ? [Str("field", field)] : []),
            Dec("minAmount", p.IsFixedPrice ? p.FixedPriceIncl : p.MinAmount),
            Dec("maxAmount", p.IsFixedPrice ? p.FixedPriceIncl : p.MaxAmount)))));

    /// <summary>TransactionCheck: the true terminal state of an earlier PreVend/Vend and its original result.</summary>
    private XElement Check(FrontierRequest request)
    {
        var transaction = request.RequestId is { } requestId
            ? Transactions.ByRequestId(requestId)
            : Transactions.ByTransactionNumber(request.TransactionNumber!);
        var status = transaction is null ? "NOT_FOUND" : transaction.Succeeded ? "SUCCESSFUL" : "FAILED";
        return Obj(
            "TransactionCheckResult",
            Int("responseCode", FrontierResponseCode.Approved),
            Str("responseMessage", transaction is null ? "No transaction with that reference" : "Transaction found"),
            Str("requestId", transaction?.RequestId ?? request.RequestId),
            Str("transactionNumber", transaction?.TransactionNumber ?? request.TransactionNumber),
            Str("transactionStatus", status),
            Str("operation", transaction?.Operation),
            transaction is null ? Nil("itemId") : Int("itemId", transaction.ItemId),
            Str("processedAt", transaction?.ProcessedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
            transaction is null ? Nil("originalResult") : Obj("originalResult", transaction.Result.Elements()));
    }
}
