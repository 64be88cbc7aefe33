using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Errors;

public class ErrorEnvelopeTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    public static TheoryData<string, string, int, string> BadBodies => new()
    {
        { "malformed", """{"externalUniqueId": """, 400, "JPE001" },
        { "not json at all", "hello", 400, "JPE001" },
        { "wrong type", """{"externalUniqueId": 12345678, "firstName":"Ann","lastName":"Nel"}""", 400, "JPE001" },
        { "array instead of object", "[1,2,3]", 400, "JPE001" },
        { "duplicate keys", """{"firstName":"Ann","firstName":"Bob","lastName":"Nel","externalUniqueId":"abcdefgh"}""", 400, "JPE001" },
        { "deep nesting", new string('[', 100) + new string(']', 100), 400, "JPE001" },
        { "missing fields", "{}", 400, "VAL001" },
        { "empty body", "", 400, "VAL001" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_get_the_envelope_with_the_right_code_and_create_nothing(string why, string body, int status, string code)
    {
        using var client = await engine.LoginTenantAsync();
        var tenantId = engine.Seed.Tenants[0].TenantId;
        var before = (await client.GetAsync($"tenants/{tenantId}/customers?limit=500")).OkArray().Count;
        var response = await client.SendRawAsync(HttpMethod.Post, $"tenants/{tenantId}/customers", body);
        response.Code.Should().Be(status, why);
        response.IsEnvelope().Should().BeTrue(response.Text);
        response.ErrorCode.Should().Be(code, why);
        response.Text.Should().NotContain("   at ", "no stack traces");
        (await client.GetAsync($"tenants/{tenantId}/customers?limit=500")).OkArray().Count.Should().Be(before);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_the_envelope()
    {
        using var client = await engine.LoginTenantAsync();
        var response = await client.SendRawAsync(HttpMethod.Post, "authentication/login", "{\"identity\":\"" + new string('a', 300_000) + "\"}");
        response.Code.Should().Be(413);
        response.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task A_non_json_content_type_is_415_with_the_envelope()
    {
        using var client = engine.Anonymous();
        var response = await client.SendRawAsync(HttpMethod.Post, "authentication/login", "identity=x", "application/x-www-form-urlencoded");
        response.Code.Should().Be(415);
        response.IsEnvelope().Should().BeTrue();
    }

    [Theory]
    [InlineData("tenants/1001/wallets/987654321", 404, "ARCH086")]
    [InlineData("tenants/1001/customers/987654321", 404, "ARCH086")]
    [InlineData("tenants/1001/wallets/not-a-number", 404, "ARCH086")]
    [InlineData("no/such/route", 404, "ARCH086")]
    [InlineData("tenants/1001/customers?limit=0", 400, "VAL001")]
    [InlineData("tenants/1001/customers?limit=abc", 400, "VAL001")]
    public async Task Unknown_ids_routes_and_bad_query_values_get_the_envelope(string path, int status, string code)
    {
        using var client = await engine.LoginTenantAsync();
        var response = await client.GetAsync(path);
        response.Code.Should().Be(status, response.Text);
        response.IsEnvelope().Should().BeTrue();
        response.ErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task The_callers_traceparent_is_continued_in_the_envelope_and_the_response()
    {
        using var client = engine.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Post, EclipseClient.Base + "authentication/login")
        {
            Content = new StringContent("""{"identity":"x"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        var response = await client.SendAsync(request);
        response.Error["traceId"]!.GetValue<string>().Should().Be("0af7651916cd43dd8448eb211c80319c");
        response.Headers["traceparent"].Should().StartWith("00-0af7651916cd43dd8448eb211c80319c-").And.NotContain("b7ad6b7169203331");
    }

    [Fact]
    public async Task Without_a_traceparent_each_request_gets_a_fresh_trace()
    {
        using var client = engine.Anonymous();
        var a = await client.PostAsync("authentication/login", new { identity = "x" });
        var b = await client.PostAsync("authentication/login", new { identity = "x" });
        a.Error["traceId"]!.GetValue<string>().Should().NotBe(b.Error["traceId"]!.GetValue<string>());
    }
}
