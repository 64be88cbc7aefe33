using EclipseConformance.Engine.Webhooks;
using EclipseConformance.TestKit;
using static EclipseConformance.Engine.Tests.Webhooks.WebhookSignatureTests;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class SignatureVerifierApiTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly string DocHeader = $"t={DocTimestamp},v1={DocSignature}";

    private async Task<ApiResponse> VerifyAsync(object body)
    {
        using var client = engine.Anonymous();
        return await client.PostAsync("/sim/v1/signatures/verify", body);
    }

    [Fact]
    public async Task The_documented_example_is_valid_for_anyone()
    {
        var response = await VerifyAsync(new { header = DocHeader, body = DocBody, key = DocKey, now = DocTimestamp + 1_000 });
        response.Code.Should().Be(200, response.Text);
        response.Json!["valid"]!.GetValue<bool>().Should().BeTrue();
        response.Json["reason"]!.GetValue<string>().Should().Be("VALID");
        response.Json["timestamp"]!.GetValue<long>().Should().Be(DocTimestamp);
    }

    [Theory]
    [InlineData("tampered", 0, "SIGNATURE_MISMATCH")]
    [InlineData("stale", 300_001, "STALE_TIMESTAMP")]
    [InlineData("future", -300_001, "FUTURE_TIMESTAMP")]
    [InlineData("malformed", 0, "MALFORMED_HEADER")]
    public async Task Invalid_signatures_say_why(string kind, long nowOffset, string reason)
    {
        var header = kind == "malformed" ? "v1=" + DocSignature : DocHeader;
        var body = kind == "tampered" ? DocBody.Replace("bluXSSCPCZ", "bluXSSCPCy", StringComparison.Ordinal) : DocBody;
        var response = await VerifyAsync(new { header, body, key = DocKey, now = DocTimestamp + nowOffset });
        response.Code.Should().Be(200);
        response.Json!["valid"]!.GetValue<bool>().Should().BeFalse();
        response.Json["reason"]!.GetValue<string>().Should().Be(reason);
    }

    [Fact]
    public async Task Without_now_the_engine_clock_is_used()
    {
        var now = engine.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var fresh = await VerifyAsync(new { header = WebhookSignature.Sign("k", now - 1_000, "{}"), body = "{}", key = "k" });
        fresh.Json!["valid"]!.GetValue<bool>().Should().BeTrue();
        fresh.Json["now"]!.GetValue<long>().Should().Be(now);
        var old = await VerifyAsync(new { header = DocHeader, body = DocBody, key = DocKey });
        old.Json!["reason"]!.GetValue<string>().Should().Be("STALE_TIMESTAMP", "the documented example is from 2021");
    }

    [Fact]
    public async Task A_request_without_a_key_or_header_is_a_validation_error()
    {
        var response = await VerifyAsync(new { header = DocHeader, body = DocBody });
        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("VAL001");
        (await VerifyAsync(new { body = DocBody, key = DocKey })).Code.Should().Be(400);
    }
}
