using System.Text.Json.Nodes;
using System.Xml.Linq;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Vas;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>The engine's side of the FrontierWeb SOAP contract: envelopes it sends, answers it reads, and the extraInfo it renders.</summary>
public class FrontierSoapTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Fw = "http://frontierweb.sim/vas/v1";
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public void A_request_envelope_is_SOAP_1_1_with_the_credentials_first_and_only_the_fields_that_have_values()
    {
        var xml = FrontierSoap.BuildRequest("Vend", new FrontierWebOptions { MerchantNumber = "M-1", TerminalNumber = "T-9", UserCode = "u", MerchantPassword = null },
            [new("requestId", "r-1"), new("itemId", "1248"), new("amount", "180.00"), new("accountNumber", null)]);

        var document = XDocument.Parse(xml);
        var operation = document.Root!.Element(Soap + "Body")!.Element(Fw + "Vend")!;
        operation.Elements().Select(e => e.Name.LocalName).Should().Equal("credentials", "requestId", "itemId", "amount");
        operation.Element(Fw + "credentials")!.Elements().Select(e => (e.Name.LocalName, e.Value)).Should().Contain([("merchantNumber", "M-1"), ("terminalNumber", "T-9"), ("userCode", "u")]);
        operation.Element(Fw + "credentials")!.Element(Fw + "merchantPassword").Should().BeNull();
        FrontierSoap.SoapAction("Vend").Should().Be("\"http://frontierweb.sim/vas/v1/Vend\"");
    }

    [Fact]
    public void Answers_are_read_as_result_fault_or_unusable_and_a_DTD_is_never_processed()
    {
        const string result = """<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:fw="http://frontierweb.sim/vas/v1"><soap:Body><fw:VendResponse><fw:VendResult><fw:responseCode>0</fw:responseCode></fw:VendResult></fw:VendResponse></soap:Body></soap:Envelope>""";
        FrontierSoap.ParseResponse("Vend", 200, result).Kind.Should().Be(FrontierAnswerKind.Result);

        const string fault = """<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:fw="http://frontierweb.sim/vas/v1"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Bad amount</faultstring><detail><fw:errorCode>INVALID_AMOUNT</fw:errorCode></detail></soap:Fault></soap:Body></soap:Envelope>""";
        var parsed = FrontierSoap.ParseResponse("Vend", 500, fault);
        parsed.Should().BeEquivalentTo(new { Kind = FrontierAnswerKind.Fault, FaultCode = "soap:Client", FaultString = "Bad amount", ErrorCode = "INVALID_AMOUNT", IsClientFault = true });

        FrontierSoap.ParseResponse("Vend", 200, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><x/></soap:Bo").Kind.Should().Be(FrontierAnswerKind.Unusable);
        FrontierSoap.ParseResponse("Vend", 200, result.Replace("VendResponse", "PreVendResponse", StringComparison.Ordinal)).Kind.Should().Be(FrontierAnswerKind.Unusable);
        FrontierSoap.ParseResponse("Vend", 503, result).Kind.Should().Be(FrontierAnswerKind.Unusable, "a result is only trusted with HTTP 200");
        const string xxe = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>&x;</soap:Body></soap:Envelope>""";
        FrontierSoap.ParseResponse("Vend", 200, xxe).Problem.Should().Contain("not well-formed XML");
    }

    [Fact]
    public void Result_elements_render_as_the_documents_json_with_types_nils_and_lists()
    {
        var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");
        var element = new XElement(Fw + "R",
            new XElement(Fw + "s", "a\"b"),
            new XElement(Fw + "i", new XAttribute(xsi + "type", "xsd:int"), "7"),
            new XElement(Fw + "d", new XAttribute(xsi + "type", "xsd:decimal"), "1000.00"),
            new XElement(Fw + "b", new XAttribute(xsi + "type", "xsd:boolean"), "false"),
            new XElement(Fw + "n", new XAttribute(xsi + "nil", "true")),
            new XElement(Fw + "l", new XAttribute(xsi + "type", "soapenc:Array"), new XElement(Fw + "x", "1"), new XElement(Fw + "x", "2")),
            new XElement(Fw + "e", new XAttribute(xsi + "type", "soapenc:Array")));

        FrontierResultJson.ToJson(element).Should().Be("""{"s":"a\"b","i":7,"d":1000.00,"b":false,"n":null,"l":["1","2"],"e":[]}""");
    }

    [Fact]
    public async Task The_pre_validation_phase_of_a_real_purchase_matches_the_documents_extraInfo_character_for_character()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var post = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body);
        var final = await _vas.AwaitFinalAsync(client, post.Json!["paymentId"]!.GetValue<long>());

        var ours = JsonNode.Parse(final["extraInfo"]!.GetValue<string>())!.AsArray()[0]!;
        var documented = JsonNode.Parse(JsonNode.Parse(DocumentExamples.UtilityGetExtraInfo)!["extraInfo"]!.GetValue<string>())!.AsArray()[0]!;
        ours["att"]!.GetValue<string>().Should().Be(documented["att"]!.GetValue<string>());
        var val = JsonNode.Parse(ours["val"]!.GetValue<string>())!;
        var expected = documented["val"]!.GetValue<string>()
            .Replace("d8d61e07-3b5d-4931-b17c-f60520d915ee", val["requestId"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace("28937440802605181334", val["transactionNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        ours["val"]!.GetValue<string>().Should().Be(expected);

        var sent = engine.FrontierWeb.Journal.Entries().Last(e => e.Operation == "PreVend");
        var request = XDocument.Parse(sent.RequestBody).Descendants(Fw + "PreVend").Single();
        request.Element(Fw + "requestId")!.Value.Should().Be(val["requestId"]!.GetValue<string>(), "the engine's own request id, kept on the payment");
        request.Element(Fw + "meterNumber")!.Value.Should().Be("21500123456");
        request.Element(Fw + "itemId")!.Value.Should().Be("1247");
    }
}
