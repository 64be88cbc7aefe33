using System.Xml;
using System.Xml.Linq;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The FrontierWeb SOAP 1.1 contract on the engine's side (ADR 0009): builds request envelopes and reads answers with
/// a hardened XML reader (no DTDs, no external resolution, bounded size). Independent of the simulator's code, so the
/// engine is tested against the wire format.
/// </summary>
public static class FrontierSoap
{
    public const string Namespace = "http://frontierweb.sim/vas/v1";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Fw = Namespace;
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string SoapAction(string operation) => $"\"{Namespace}/{operation}\"";

    /// <summary>An envelope for <paramref name="operation"/>: credentials first, then each field that has a value.</summary>
    public static string BuildRequest(string operation, FrontierWebOptions credentials, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var credentialFields = new List<XElement>
        {
            new(Fw + "merchantNumber", credentials.MerchantNumber),
            new(Fw + "terminalNumber", credentials.TerminalNumber),
            new(Fw + "userCode", credentials.UserCode),
        };
        AddIfSet(credentialFields, "merchantPassword", credentials.MerchantPassword);
        AddIfSet(credentialFields, "userPassword", credentials.UserPassword);
        AddIfSet(credentialFields, "userLevel", credentials.UserLevel);
        AddIfSet(credentialFields, "applicationID", credentials.ApplicationId);
        AddIfSet(credentialFields, "processorNumber", credentials.ProcessorNumber);
        var body = new XElement(
            Fw + operation,
            new XElement(Fw + "credentials", credentialFields),
            fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new XElement(Fw + f.Key, f.Value)));
        var envelope = new XElement(
            Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soap", Soap),
            new XAttribute(XNamespace.Xmlns + "fw", Fw),
            new XElement(Soap + "Body", body));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + envelope.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Reads an answer: the <c>{op}Result</c> element, a fault, or why the answer is unusable.</summary>
    public static FrontierAnswer ParseResponse(string operation, int httpStatus, string body)
    {
        XDocument document;
        try
        {
            document = Load(body);
        }
        catch (XmlException ex)
        {
            return FrontierAnswer.Unusable($"FrontierWeb answered HTTP {httpStatus} with a body that is not well-formed XML ({ex.Message})");
        }

        var content = document.Root is { } root && root.Name == Soap + "Envelope" ? root.Element(Soap + "Body")?.Elements().FirstOrDefault() : null;
        if (content is null)
        {
            return FrontierAnswer.Unusable($"FrontierWeb answered HTTP {httpStatus} without a SOAP body");
        }

        if (content.Name == Soap + "Fault")
        {
            return new FrontierAnswer(
                FrontierAnswerKind.Fault,
                FaultCode: content.Element("faultcode")?.Value.Trim(),
                FaultString: content.Element("faultstring")?.Value.Trim(),
                ErrorCode: content.Element("detail")?.Elements().FirstOrDefault(e => e.Name.LocalName == "errorCode")?.Value.Trim());
        }

        var result = content.Name == Fw + (operation + "Response") ? content.Element(Fw + (operation + "Result")) : null;
        return httpStatus == 200 && result is not null
            ? new FrontierAnswer(FrontierAnswerKind.Result, result)
            : FrontierAnswer.Unusable($"FrontierWeb answered HTTP {httpStatus} without a {operation}Result");
    }

    /// <summary>Parses XML with DTDs prohibited, no resolver and a size bound; throws <see cref="XmlException"/>.</summary>
    public static XDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 16 * 1024 * 1024,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        return XDocument.Load(reader);
    }

    /// <summary>The text of a direct child of a result element (null when absent or nil).</summary>
    public static string? Text(XElement element, string name) =>
        element.Element(Fw + name) is { } child && (string?)child.Attribute(Xsi + "nil") != "true" ? child.Value : null;

    private static void AddIfSet(List<XElement> list, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            list.Add(new XElement(Fw + name, value));
        }
    }
}
