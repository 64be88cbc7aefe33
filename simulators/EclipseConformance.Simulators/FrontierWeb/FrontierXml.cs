using System.Globalization;
using System.Xml.Linq;

namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// Building blocks of the FrontierWeb SOAP 1.1 contract. Element names are the JSON property names
/// the VAS document shows inside extraInfo; leaves carry <c>xsi:type</c> (xsd:int, xsd:long,
/// xsd:decimal, xsd:boolean; untyped = string), <c>xsi:nil="true"</c> is null and
/// <c>xsi:type="soapenc:Array"</c> marks a list, so <see cref="FrontierWebJson"/> can turn any
/// result into the document's JSON without a schema.
/// </summary>
public static class FrontierXml
{
    public const string Namespace = "http://frontierweb.sim/vas/v1";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Fw = Namespace;
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    public static readonly XNamespace SoapEnc = "http://schemas.xmlsoap.org/soap/encoding/";

    public static XElement Str(string name, string? value) => value is null ? Nil(name) : new XElement(Fw + name, value);

    public static XElement Int(string name, long value) =>
        new(Fw + name, new XAttribute(Xsi + "type", value is >= int.MinValue and <= int.MaxValue ? "xsd:int" : "xsd:long"), value.ToString(CultureInfo.InvariantCulture));

    public static XElement Dec(string name, decimal? value) =>
        value is null ? Nil(name) : new XElement(Fw + name, new XAttribute(Xsi + "type", "xsd:decimal"), value.Value.ToString(CultureInfo.InvariantCulture));

    public static XElement Bool(string name, bool value) =>
        new(Fw + name, new XAttribute(Xsi + "type", "xsd:boolean"), value ? "true" : "false");

    public static XElement Nil(string name) => new(Fw + name, new XAttribute(Xsi + "nil", "true"));

    public static XElement Obj(string name, params object?[] children) => new(Fw + name, children);

    public static XElement Arr(string name, IEnumerable<XElement> items) =>
        new(Fw + name, new XAttribute(Xsi + "type", "soapenc:Array"), items);

    /// <summary>A SOAP 1.1 envelope around <paramref name="bodyContent"/>, with every prefix declared once.</summary>
    public static string Envelope(XElement bodyContent)
    {
        var envelope = new XElement(
            Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soap", Soap),
            new XAttribute(XNamespace.Xmlns + "fw", Fw),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "xsd", Xsd),
            new XAttribute(XNamespace.Xmlns + "soapenc", SoapEnc),
            new XElement(Soap + "Body", bodyContent));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), envelope).Declaration + "\n" + envelope.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A SOAP 1.1 fault: <paramref name="faultCode"/> is "Client", "Server" or "VersionMismatch".</summary>
    public static SimResponse Fault(int statusCode, string faultCode, string faultString, string errorCode) =>
        SimResponse.Xml(statusCode, Envelope(new XElement(
            Soap + "Fault",
            new XElement("faultcode", "soap:" + faultCode),
            new XElement("faultstring", faultString),
            new XElement("detail", new XElement(Fw + "errorCode", errorCode)))));

    /// <summary>The operation's answer: &lt;fw:{op}Response&gt;&lt;fw:{op}Result&gt;…</summary>
    public static SimResponse Result(string operation, XElement result) =>
        SimResponse.Xml(200, Envelope(new XElement(Fw + (operation + "Response"), result)));
}
