using System.Globalization;
using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.FrontierWeb;

public class FrontierWebCatalogTests
{
    /// <summary>The document's catalogQuery=20 answer: id, name and fixed price of every product, in its order.</summary>
    private static readonly (string Id, string Name, decimal Price)[] DocumentCatalog =
    [
        ("500", "BE MOBILE 10", 10.00m), ("501", "BE MOBILE 20", 20.00m), ("504", "BE MOBILE 100", 100.00m),
        ("502", "BE MOBILE 30", 30.00m), ("503", "BE MOBILE 50", 50.00m), ("1259", "Bots DSTV Balance", 0.00m),
        ("1260", "Bots DSTV Recharge", 0.00m), ("1261", "Box Office Payment", 0.00m), ("2069", "BTC Check", 0.00m),
        ("1446", "BTC Sefalana Topup", 0.00m), ("491", "MASCOM 10", 10.00m), ("492", "MASCOM 20", 20.00m),
        ("494", "MASCOM 100", 100.00m), ("493", "MASCOM 60", 60.00m), ("1574", "Mascom Direct Ideal Topup", 0.00m),
        ("1910", "Mascom Direct Ideal Pre-Vend", 0.00m), ("496", "ORANGE 20", 20.00m), ("498", "ORANGE 100", 100.00m),
        ("497", "ORANGE 50", 50.00m), ("495", "ORANGE 10", 10.00m), ("2066", "Orange Pre-vend Ideal", 0.00m),
        ("2065", "Orange Topup Ideal", 0.00m), ("1247", "Utility Pre Vend", 0.00m), ("1290", "Reprint Token", 0.00m),
        ("1248", "Utility Token", 0.00m),
    ];

    private static readonly string[] DocumentProductKeys =
        ["partnerId", "productId", "productName", "productDescription", "fixedPriceIncl", "pinnedProduct", "additionalFields"];

    [Fact]
    public async Task The_product_list_holds_every_product_of_the_document_with_its_id_name_and_price()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        using var http = TestSimulators.Client(frontier);

        var result = await new FrontierClient(http).CallAsync("GetProductList");

        result.Text("partnerId").Should().Be("20");
        result.Text("partnerName").Should().Be("FrontierWebServices");
        var products = result.At("products").Elements().ToList();
        products.Select(p => (p.Text("productId"), p.Text("productName"), decimal.Parse(p.Text("fixedPriceIncl"), CultureInfo.InvariantCulture)))
            .Should().Equal(DocumentCatalog);
        products.Should().OnlyContain(p => p.Text("productDescription") == p.Text("productName") && p.Text("pinnedProduct") == "false");
    }

    [Fact]
    public async Task Each_product_renders_to_json_with_the_documents_catalog_keys_first()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        using var http = TestSimulators.Client(frontier);

        var result = await new FrontierClient(http).CallAsync("GetProductList");
        var json = FrontierWebJson.ToJson(result)!.AsObject();

        var first = json["products"]!.AsArray()[0]!.AsObject();
        first.Select(p => p.Key).Take(DocumentProductKeys.Length).Should().Equal(DocumentProductKeys);
        first["fixedPriceIncl"]!.ToJsonString().Should().Be("10.00");
        first["additionalFields"]!.ToJsonString().Should().Be("""[{"id":"msisdn","title":"Phone number","type":"NUMERIC","regex":"^[0-9]{8,16}$"}]""");
        json["products"]!.AsArray().Select(p => p!["partnerId"]!.GetValue<long>()).Should().OnlyContain(id => id == 20);
    }

    [Fact]
    public async Task Vendable_products_name_their_pre_vend_item_and_required_field()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        using var http = TestSimulators.Client(frontier);

        var products = (await new FrontierClient(http).CallAsync("GetProductList")).At("products").Elements().ToDictionary(p => p.Text("productId"));

        products["1248"].Text("prevendProductId").Should().Be("1247");
        products["1248"].At("requiredFields").Elements().Select(e => e.Value).Should().Equal("meterNumber");
        products["1260"].Text("prevendProductId").Should().Be("1259");
        products["1260"].At("requiredFields").Elements().Select(e => e.Value).Should().Equal("accountNumber");
        products["501"].IsNil("prevendProductId").Should().BeTrue();
        products["501"].Text("networkId").Should().Be("BW-BTC");
        products["501"].Text("productCategory").Should().Be("AIRTIME");
    }
}
