using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;

namespace EclipseConformance.Simulators.Tests.Support;

/// <summary>
/// An independent SOAP client for the FrontierWeb contract (written from the README, not from the
/// simulator's own XML helpers), so the tests check the wire format rather than a shared helper.
/// </summary>
internal sealed class FrontierClient(HttpClient http)
{
    public const string Ns = "http://frontierweb.sim/vas/v1";
    public const string Path = "/FrontierWeb/VasService";
    public static readonly XNamespace Fw = Ns;
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static string Envelope(string operation, params (string Name, string? Value)[] fields)
    {
        var credentials = new XElement(
            Fw + "credentials",
            new XElement(Fw + "merchantNumber", "M-1001"),
            new XElement(Fw + "merchantPassword", "secret"),
            new XElement(Fw + "terminalNumber", "T-01"),
            new XElement(Fw + "userCode", "eclipse"),
            new XElement(Fw + "userPassword", "pw"),
            new XElement(Fw + "applicationID", "ECLIPSE"));
        var body = new XElement(Fw + operation, credentials, fields.Where(f => f.Value is not null).Select(f => new XElement(Fw + f.Name, f.Value)));
        return new XDocument(new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soap", Soap), new XElement(Soap + "Body", body))).ToString();
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? soapAction, string contentType = "text/xml; charset=utf-8")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        if (soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + soapAction + "\"");
        }

        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> SendAsync(string operation, params (string Name, string? Value)[] fields) =>
        PostAsync(Envelope(operation, fields), Ns + "/" + operation);

    /// <summary>Calls an operation, expects HTTP 200 and returns the &lt;{op}Result&gt; element.</summary>
    public async Task<XElement> CallAsync(string operation, params (string Name, string? Value)[] fields)
    {
        using var response = await SendAsync(operation, fields);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).Should().Be(200, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        return ResultOf(XDocument.Parse(text), operation);
    }

    public static XElement ResultOf(XDocument document, string operation) =>
        document.Root!.Element(Soap + "Body")!.Element(Fw + (operation + "Response"))!.Element(Fw + (operation + "Result"))!;

    public Task<XElement> PreVend(string requestId, int itemId, string? meter = null, string? account = null, string? msisdn = "75757459") =>
        CallAsync("PreVend", ("requestId", requestId), ("itemId", itemId.ToString()), ("msisdn", msisdn), ("meterNumber", meter), ("accountNumber", account));

    public Task<XElement> Vend(string requestId, int itemId, string? amount, string? meter = null, string? account = null, string? msisdn = "75757459", string? original = null) =>
        CallAsync("Vend", ("requestId", requestId), ("itemId", itemId.ToString()), ("amount", amount), ("msisdn", msisdn), ("meterNumber", meter), ("accountNumber", account), ("originalTransactionNumber", original));
}
