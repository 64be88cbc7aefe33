using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.FrontierWeb;

public class FrontierWebEnvelopeTests : IDisposable
{
    /// <summary>The decoded "val" of the document's preValidationResponse (VAS use cases, FrontierWeb GET example).</summary>
    private const string DocumentPrevalidation = """{"requestId":"d8d61e07-3b5d-4931-b17c-f60520d915ee","transactionNumber":"28937440802605181334","itemId":1247,"instructionSet":"","merchantReceipt":"METER: 21500123456\n\nTT:02  SGC:990471  KRN:1   TI:01\n\nNAME: Conlog Botswana\nADDRESS: 1 TEST BLOCK\n","customerReceipt":"","printFinancialInfo":false,"responseCode":0,"thirdPartyResponse":{"thirdPartyErrorResponse":null,"prevendResponse":{"utilityDetails":{"utilityName":"","address":"","contactDetails":"","taxRef":"","doUpdate":false},"processorID":215,"processorDescription":"Conlog - Botswana","address":"1 TEST BLOCK","customerName":"Conlog Botswana","meterNumber":"21500123456","customerIDNumber":null,"standNumber":"////","town":"","remaningQuota":"","oustandingCharges":"","maxVendAmount":1000.00,"minVendAmount":0,"electricityExtensions":{"tariffsDescription":"","tariffs":"","customerMessage":"","operatorMessage":"","chargesDetails":[],"arrearsDetails":[],"tariffBlocks":[],"utilityDetails":{"utilityName":"","address":"","contactDetails":"","taxRef":"","doUpdate":false}},"linkedReferenceNum":"","balance":null,"availableBalance":null,"creditLimit":null},"electricityResponse":null,"uniPinResponse":null,"carwashResponse":null,"billPaymentResponse":null,"airtimeTopUpResponse":null,"voucherResponse":null},"cellMessage":null,"receiptFormat":0,"receiptFormatVersion":0,"receiptFormatMerchant":null,"receiptFormatCustomer":null}""";

    private static readonly string[] FrameFields =
    [
        "requestId", "transactionNumber", "itemId", "instructionSet", "merchantReceipt", "customerReceipt", "printFinancialInfo",
        "responseCode", "thirdPartyResponse", "cellMessage", "receiptFormat", "receiptFormatVersion", "receiptFormatMerchant", "receiptFormatCustomer",
    ];

    private readonly FrontierWebSimulator _frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
    private readonly HttpClient _http;
    private readonly FrontierClient _client;

    public FrontierWebEnvelopeTests()
    {
        _http = TestSimulators.Client(_frontier);
        _client = new FrontierClient(_http);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _frontier.Dispose();
    }

    [Fact]
    public async Task Every_operation_answers_a_soap_envelope_that_an_xml_parser_reads()
    {
        var list = await _client.CallAsync("GetProductList");
        var prevend = await _client.PreVend("req-env-1", 1247, meter: "21500123456");
        var vend = await _client.Vend("req-env-2", 1248, "180.00", meter: "21500123456");
        var check = await _client.CallAsync("TransactionCheck", ("requestId", "req-env-2"));

        list.Elements().Select(e => e.Name.LocalName).Should().StartWith(["responseCode", "responseMessage", "partnerId", "partnerName", "providerId", "products"]);
        prevend.Elements().Select(e => e.Name.LocalName).Should().Equal(FrameFields);
        vend.Elements().Select(e => e.Name.LocalName).Should().Equal(FrameFields);
        check.Elements().Select(e => e.Name.LocalName).Should().Equal(
            "responseCode", "responseMessage", "requestId", "transactionNumber", "transactionStatus", "operation", "itemId", "processedAt", "originalResult");
        vend.At("thirdPartyResponse").Elements().Select(e => e.Name.LocalName).Should().Equal(
            "thirdPartyErrorResponse", "prevendResponse", "electricityResponse", "uniPinResponse", "carwashResponse",
            "billPaymentResponse", "airtimeTopUpResponse", "voucherResponse");
    }

    [Fact]
    public async Task The_prevalidation_result_renders_exactly_as_the_documents_extraInfo_value()
    {
        var prevend = await _client.PreVend("d8d61e07-3b5d-4931-b17c-f60520d915ee", 1247, meter: "21500123456");

        var json = JsonNode.Parse(FrontierWebJson.ToJsonString(prevend))!.AsObject();
        json["transactionNumber"]!.GetValue<string>().Should().MatchRegex("^[1-9][0-9]{19}$");
        json["transactionNumber"] = "28937440802605181334";

        json.ToJsonString().Should().Be(JsonNode.Parse(DocumentPrevalidation)!.ToJsonString());
    }

    [Fact]
    public async Task A_request_without_a_soapaction_header_gets_a_client_fault()
    {
        using var response = await _client.PostAsync(FrontierClient.Envelope("GetProductList"), soapAction: null);

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", "MISSING_SOAPACTION");
    }

    [Fact]
    public async Task An_unknown_soapaction_gets_a_client_fault()
    {
        using var response = await _client.PostAsync(FrontierClient.Envelope("Refund"), FrontierClient.Ns + "/Refund");

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", "UNKNOWN_OPERATION");
    }

    [Fact]
    public async Task A_body_that_does_not_match_the_soapaction_gets_a_client_fault()
    {
        using var response = await _client.PostAsync(FrontierClient.Envelope("GetProductList"), FrontierClient.Ns + "/Vend");

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", "ACTION_MISMATCH");
    }

    [Fact]
    public async Task Malformed_xml_gets_a_client_fault()
    {
        using var response = await _client.PostAsync("<soap:Envelope><soap:Body><Vend>", FrontierClient.Ns + "/Vend");

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", "MALFORMED_XML");
    }

    [Fact]
    public async Task A_request_with_a_dtd_is_refused_as_malformed()
    {
        var body = "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + FrontierClient.Envelope("GetProductList");
        using var response = await _client.PostAsync(body, FrontierClient.Ns + "/GetProductList");

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", "MALFORMED_XML");
    }

    [Fact]
    public async Task A_soap_12_envelope_gets_a_version_mismatch_fault()
    {
        var body = FrontierClient.Envelope("GetProductList").Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope");
        using var response = await _client.PostAsync(body, FrontierClient.Ns + "/GetProductList");

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:VersionMismatch", "VERSION_MISMATCH");
    }

    [Fact]
    public async Task A_json_request_gets_unsupported_media_type()
    {
        using var response = await _client.PostAsync("{}", FrontierClient.Ns + "/Vend", "application/json");

        await ShouldBeFault(response, HttpStatusCode.UnsupportedMediaType, "soap:Client", "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("requestId", "MISSING_REQUEST_ID")]
    [InlineData("itemId", "INVALID_ITEM_ID")]
    public async Task A_vend_without_its_identifiers_gets_a_client_fault(string omitted, string code)
    {
        var fields = new (string, string?)[] { ("requestId", "r-1"), ("itemId", "1248"), ("amount", "10.00"), ("meterNumber", "21500123456") }
            .Where(f => f.Item1 != omitted).ToArray();
        using var response = await _client.SendAsync("Vend", fields);

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", code);
    }

    [Fact]
    public async Task Wrong_merchant_credentials_get_a_client_fault_when_credentials_are_enforced()
    {
        _frontier.ExpectedCredentials = new FrontierCredentials("M-2002", null, null);
        using var response = await _client.SendAsync("GetProductList");

        await ShouldBeFault(response, HttpStatusCode.InternalServerError, "soap:Client", "AUTHENTICATION_FAILED");
    }

    [Fact]
    public async Task A_path_that_is_not_the_service_gets_a_404_fault()
    {
        using var response = await _http.GetAsync("/FrontierWeb/Other", Ct);

        await ShouldBeFault(response, HttpStatusCode.NotFound, "soap:Client", "NO_SUCH_SERVICE");
    }

    private static async Task ShouldBeFault(HttpResponseMessage response, HttpStatusCode status, string faultCode, string errorCode)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var fault = document.Root!.Element(FrontierClient.Soap + "Body")!.Element(FrontierClient.Soap + "Fault")!;
        fault.Element("faultcode")!.Value.Should().Be(faultCode);
        fault.Element("faultstring")!.Value.Should().NotBeNullOrWhiteSpace();
        fault.Element("detail")!.Element(FrontierClient.Fw + "errorCode")!.Value.Should().Be(errorCode);
    }
}
