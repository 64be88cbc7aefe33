using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary><c>GET /tenants/{t}/vas/catalogs</c>: the document's FrontierWeb catalog, read from the SOAP simulator.</summary>
public class CatalogTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task CatalogQuery_20_lists_every_FrontierWeb_product_of_the_document_in_its_shape()
    {
        using var client = await _vas.LoginAsync();
        var response = await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20");

        response.Code.Should().Be(200, response.Text);
        var partner = response.Json!.AsArray().Should().ContainSingle().Subject!.AsObject();
        partner["partnerId"]!.GetValue<long>().Should().Be(20);
        partner["partnerName"]!.GetValue<string>().Should().Be("FrontierWebServices");
        partner["providerId"]!.GetValue<long>().Should().Be(20);
        var products = partner["products"]!.AsArray().Select(p => p!.AsObject()).ToList();
        products.Select(p => (p["productId"]!.GetValue<string>(), p["productName"]!.GetValue<string>(), p["fixedPriceIncl"]!.GetValue<decimal>()))
            .Should().Equal(DocumentExamples.FrontierWebProducts);
        products.Should().AllSatisfy(p =>
        {
            p["partnerId"]!.GetValue<long>().Should().Be(20);
            p["productDescription"]!.GetValue<string>().Should().Be(p["productName"]!.GetValue<string>());
            p["pinnedProduct"]!.GetValue<bool>().Should().BeFalse();
            p["productCategory"]!.GetValue<string>().Should().BeOneOf("AIRTIME", "ELECTRICITY", "TV");
        });
        var documented = JsonNode.Parse(DocumentExamples.FirstCatalogProduct)!.AsObject();
        foreach (var (key, value) in documented)
        {
            JsonNode.DeepEquals(products[0][key], value).Should().BeTrue($"{key} is as the document prints it");
        }

        response.Text.Should().Contain("\"fixedPriceIncl\":10.00,", "prices keep the document's two decimals");
        products.Single(p => p["productId"]!.GetValue<string>() == "1248")["productCategory"]!.GetValue<string>().Should().Be("ELECTRICITY");
    }

    [Fact]
    public async Task The_catalog_comes_from_GetProductList_over_SOAP_and_is_reused_until_its_time_to_live_passes()
    {
        using var client = await _vas.LoginAsync();
        engine.Clock.Advance(TimeSpan.FromMinutes(6));
        engine.FrontierWeb.Journal.Clear();

        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20")).Code.Should().Be(200);
        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs")).Code.Should().Be(200);
        var calls = engine.FrontierWeb.Journal.Entries().Where(e => e.Operation == "GetProductList").ToList();
        calls.Should().ContainSingle("the second read uses the cached answer");
        System.Xml.Linq.XDocument.Parse(calls[0].RequestBody).Root!.Name.LocalName.Should().Be("Envelope");
        calls[0].StatusCode.Should().Be(200);
        calls[0].ResponseBody.Should().Contain("GetProductListResult");

        engine.Clock.Advance(TimeSpan.FromMinutes(6));
        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20")).Code.Should().Be(200);
        engine.FrontierWeb.Journal.Entries().Count(e => e.Operation == "GetProductList").Should().Be(2);
    }

    [Fact]
    public async Task A_failing_product_list_answers_502_DAE001_and_the_catalog_recovers_with_the_provider()
    {
        using var client = await _vas.LoginAsync();
        engine.Clock.Advance(TimeSpan.FromMinutes(6));
        var fault = engine.FrontierWeb.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("GetProductList"), Outcome = FaultOutcome.HttpError(503), Count = 1 });

        var failed = await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20");
        failed.Code.Should().Be(502);
        failed.IsEnvelope().Should().BeTrue();
        failed.ErrorCode.Should().Be("DAE001");
        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20")).Code.Should().Be(200, "a failure is not cached");
        engine.FrontierWeb.Faults.List().Should().NotContain(f => f.Id == fault.Id);
    }

    [Theory]
    [InlineData("abc", 400, "VAL001")]
    [InlineData("20_XYZ", 400, "VAL001")]
    [InlineData("0", 400, "VAL001")]
    public async Task A_malformed_catalogQuery_is_refused(string query, int status, string code)
    {
        using var client = await _vas.LoginAsync();
        var response = await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery={query}");
        response.Code.Should().Be(status);
        response.ErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task A_partner_no_enabled_provider_serves_gives_an_empty_list_and_customers_may_read_the_catalog()
    {
        var customer = _vas.Customer(0);
        using var client = await engine.LoginAsync(customer.Identity!, customer.Password!);
        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=99")).Json!.AsArray().Should().BeEmpty();
        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs")).Json!.AsArray().Should().ContainSingle();
        (await engine.Anonymous().GetAsync($"tenants/{_vas.TenantId}/vas/catalogs")).Code.Should().Be(401);
    }
}
