using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// Reads a SOAP 1.1 request into a <see cref="FrontierRequest"/>, or produces the SOAP fault the
/// service answers for a request it cannot understand.
/// </summary>
internal static class FrontierSoapParser
{
    private static readonly string[] RequiredCredentials = ["merchantNumber", "terminalNumber", "userCode"];

    /// <summary>The operation named by the SOAPAction header (quotes and namespace stripped), or null.</summary>
    public static string? OperationOf(SimRequest request)
    {
        var action = request.Header("SOAPAction")?.Trim().Trim('"');
        if (string.IsNullOrEmpty(action))
        {
            return null;
        }

        var name = action[(action.LastIndexOfAny(['/', '#']) + 1)..];
        return FrontierOperation.All.FirstOrDefault(o => o == name);
    }

    public static (FrontierRequest? Request, SimResponse? Fault) Parse(SimRequest request)
    {
        var contentType = request.Header("Content-Type") ?? string.Empty;
        if (!contentType.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            return (null, FrontierXml.Fault(415, "Client", "SOAP 1.1 requests must be sent as text/xml.", "UNSUPPORTED_MEDIA_TYPE"));
        }

        XDocument document;
        try
        {
            document = SafeXml.Parse(request.Body);
        }
        catch (XmlException ex)
        {
            return (null, FrontierXml.Fault(500, "Client", "The request is not well-formed XML: " + ex.Message, "MALFORMED_XML"));
        }

        var envelope = document.Root;
        if (envelope is null || envelope.Name != FrontierXml.Soap + "Envelope")
        {
            return (null, FrontierXml.Fault(500, "VersionMismatch", "Expected a SOAP 1.1 Envelope (" + FrontierXml.Soap.NamespaceName + ").", "VERSION_MISMATCH"));
        }

        var operationElement = envelope.Element(FrontierXml.Soap + "Body")?.Elements().FirstOrDefault();
        if (operationElement is null)
        {
            return (null, Client("The SOAP Body is empty.", "EMPTY_BODY"));
        }

        var action = request.Header("SOAPAction");
        if (string.IsNullOrWhiteSpace(action))
        {
            return (null, Client("The SOAPAction header is required.", "MISSING_SOAPACTION"));
        }

        var operation = OperationOf(request);
        if (operation is null)
        {
            return (null, Client($"Unknown SOAPAction {action}.", "UNKNOWN_OPERATION"));
        }

        if (operationElement.Name != FrontierXml.Fw + operation)
        {
            return (null, Client($"The body element {operationElement.Name.LocalName} does not match the SOAPAction {operation}.", "ACTION_MISMATCH"));
        }

        return Read(operation, operationElement);
    }

    private static (FrontierRequest?, SimResponse?) Read(string operation, XElement element)
    {
        var credentials = element.Element(FrontierXml.Fw + "credentials")?.Elements()
            .ToDictionary(e => e.Name.LocalName, e => e.Value.Trim(), StringComparer.Ordinal) ?? [];
        var missing = RequiredCredentials.Where(c => !credentials.TryGetValue(c, out var v) || v.Length == 0).ToList();
        if (missing.Count > 0)
        {
            return (null, Client("Missing credentials: " + string.Join(", ", missing) + ".", "MISSING_CREDENTIALS"));
        }

        string? Text(string name) => element.Element(FrontierXml.Fw + name)?.Value.Trim() is { Length: > 0 } v ? v : null;

        var requestId = Text("requestId");
        if (operation is FrontierOperation.PreVend or FrontierOperation.Vend && requestId is null)
        {
            return (null, Client("requestId is required.", "MISSING_REQUEST_ID"));
        }

        int? itemId = null;
        if (operation is FrontierOperation.PreVend or FrontierOperation.Vend)
        {
            if (!int.TryParse(Text("itemId"), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedItem))
            {
                return (null, Client("itemId is required and must be a whole number.", "INVALID_ITEM_ID"));
            }

            itemId = parsedItem;
        }

        decimal? amount = null;
        if (Text("amount") is { } amountText)
        {
            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsedAmount))
            {
                return (null, Client("amount must be a decimal number such as 180.00.", "INVALID_AMOUNT"));
            }

            amount = parsedAmount;
        }

        if (operation == FrontierOperation.TransactionCheck && requestId is null && Text("transactionNumber") is null)
        {
            return (null, Client("TransactionCheck needs a requestId or a transactionNumber.", "MISSING_REFERENCE"));
        }

        return (new FrontierRequest(
            operation,
            credentials,
            requestId,
            itemId,
            amount,
            Text("msisdn"),
            Text("meterNumber"),
            Text("accountNumber"),
            Text("originalTransactionNumber"),
            Text("transactionNumber")), null);
    }

    private static SimResponse Client(string message, string code) => FrontierXml.Fault(500, "Client", message, code);
}
