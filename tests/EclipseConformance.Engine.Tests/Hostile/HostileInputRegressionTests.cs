using System.Net.Http.Headers;
using System.Text;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>Focused regressions for the engine bugs <see cref="HostileInputFuzzTests"/> found, one case each.</summary>
public sealed class HostileInputRegressionTests(ErrorCapturingEngineFixture engine) : IClassFixture<ErrorCapturingEngineFixture>
{
    [Theory]
    [InlineData("duplicate keys", """{"identity":"a","identity":"b","password":"secret-dup"}""")]
    [InlineData("lone surrogate", """{"identity":"\ud800","password":"secret-surrogate"}""")]
    [InlineData("nested 60 deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public async Task The_journal_still_answers_after_recording_a_body_it_cannot_redact(string why, string body)
    {
        using var anonymous = engine.Anonymous();
        (await anonymous.SendRawAsync(HttpMethod.Post, "authentication/login", body)).Code.Should().BeInRange(400, 499, why);
        using var sim = engine.SimulatorAdmin();

        var journal = await sim.GetAsync("/sim/v1/journal?path=/authentication/login&limit=20");

        journal.Code.Should().Be(200, journal.Text);
        journal.Text.Should().NotContain("secret-", "a body that cannot be redacted is withheld, not shown");
    }

    [Theory]
    [InlineData("""{"externalUniqueId":"\ud800","amount":1}""")]
    [InlineData("""{"externalUniqueId":"abc\udc00def","amount":1}""")]
    public async Task The_conformance_report_still_answers_after_recording_a_body_with_a_lone_surrogate(string body)
    {
        var tenantId = engine.Seed.Tenants[0].TenantId;
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.SendRawAsync(HttpMethod.Post, $"tenants/{tenantId}/customers/1/payments", body)).Code.Should().BeInRange(400, 499);
        using var sim = engine.SimulatorAdmin();

        var report = await sim.GetAsync("/sim/v1/conformance");

        report.Code.Should().Be(200, string.Join('\n', engine.Errors.Lines));
    }

    [Fact]
    public async Task The_journal_still_answers_after_recording_a_body_that_is_not_UTF_8()
    {
        using var anonymous = engine.Anonymous();
        var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"identity\":\""), 0xFF, 0xC0, .. Encoding.UTF8.GetBytes("\"}")]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        (await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, EclipseClient.Base + "authentication/login") { Content = content })).Code.Should().Be(400);
        using var sim = engine.SimulatorAdmin();

        (await sim.GetAsync("/sim/v1/journal?limit=5")).Code.Should().Be(200);
    }

    [Theory]
    [InlineData("lastName", "Nel", 0xFFFF)]
    [InlineData("lastName", "\uFFFD", 0xFFFE)]
    [InlineData("firstName", "Ann", 0xFDD0)]
    [InlineData("lastName", "Nel", 0xD800)]
    [InlineData("title", "", 0xDC00)]
    public async Task A_customer_whose_text_is_not_well_formed_Unicode_is_refused_with_400(string field, string prefix, int codePoint)
    {
        // Written as a JSON escape: a serializer would quietly replace a lone surrogate with U+FFFD.
        var value = "\"" + prefix + "\\u" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "\"";
        using var tenant = await engine.LoginTenantAsync();
        var fields = new Dictionary<string, string> { ["externalUniqueId"] = $"\"unicode-{field}-{codePoint}\"", ["firstName"] = "\"Ann\"", ["lastName"] = "\"Nel\"", [field] = value };
        var body = "{" + string.Join(',', fields.Select(f => HostileValues.Literal(f.Key) + ":" + f.Value)) + "}";

        var response = await tenant.SendRawAsync(HttpMethod.Post, $"tenants/{engine.Seed.Tenants[0].TenantId}/customers", body);

        response.Code.Should().Be(400, response.Text);
        response.ErrorCode.Should().BeOneOf("VAL001", "JPE001"); // lone surrogates already fail JSON reading
        response.Error["description"]!.GetValue<string>().Should().Contain(field);
    }

    [Fact]
    public async Task A_lookup_by_a_last_name_that_is_not_well_formed_Unicode_is_answered_without_a_500()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        var response = await integrator.GetAsync("global/wallets?lastName=" + Uri.EscapeDataString("Nel\uFFFF") + "&phone=27825550000");

        response.Code.Should().BeInRange(200, 499, response.Text);
    }

    [Fact]
    public async Task The_journal_masks_personal_numbers_and_hides_secrets_in_query_strings()
    {
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.GetAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/customers?nationalIdentityNumber=7707075009081&limit=5")).Code.Should().Be(200);
        (await engine.Anonymous().GetAsync("authentication/login-challenges?identity=x&password=hunter2-query")).Code.Should().BeLessThan(500);
        using var sim = engine.SimulatorAdmin();

        var journal = await sim.GetAsync("/sim/v1/journal?limit=50");

        journal.Text.Should().NotContain("7707075009081").And.Contain("**********081").And.NotContain("hunter2-query");
    }

    [Theory]
    [InlineData("a duration beyond TimeSpan's range", "/sim/v1/clock/advance", """{"by":"P99999999Y"}""", "application/json")]
    [InlineData("YAML its loader cannot read", "/sim/v1/rules", ":\n  - :", "application/yaml")]
    public async Task Control_input_that_once_caused_a_500_is_refused_with_400_and_the_envelope(string why, string path, string body, string contentType)
    {
        using var sim = engine.SimulatorAdmin();
        var before = await sim.GetAsync("/sim/v1/clock");

        var response = await sim.SendRawAsync(path.EndsWith("rules", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post, path, body, contentType);

        response.Code.Should().Be(400, why + ": " + response.Text);
        response.IsEnvelope().Should().BeTrue();
        (await sim.GetAsync("/sim/v1/clock")).Text.Should().Be(before.Text);
    }

    [Fact]
    public async Task A_rule_document_nested_a_hundred_thousand_levels_deep_is_refused_without_loading_it()
    {
        using var sim = engine.SimulatorAdmin();
        var deep = "version: 1\nx: " + new string('[', 100_000) + new string(']', 100_000);

        var response = await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", deep, "application/yaml");

        response.Code.Should().Be(400, response.Text);
        response.Error["description"]!.GetValue<string>().Should().Contain("nested deeper than 64 levels");
    }
}
