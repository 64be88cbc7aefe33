using EclipseConformance.Engine.Webhooks;
using static EclipseConformance.Engine.Tests.Webhooks.WebhookSignatureTests;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class SignatureVerifierTests
{
    private static readonly string DocHeader = $"t={DocTimestamp},v1={DocSignature}";

    private static SignatureVerification Verify(string header, string body = DocBody, string key = DocKey, long now = DocTimestamp) =>
        SignatureVerifier.Verify(header, body, key, now, SignatureVerifier.DefaultTolerance);

    [Fact]
    public void The_documented_example_verifies()
    {
        var result = Verify(DocHeader);
        result.Valid.Should().BeTrue(result.Detail);
        result.Reason.Should().Be("VALID");
        result.TimestampMs.Should().Be(DocTimestamp);
    }

    [Fact]
    public void A_tampered_body_or_a_wrong_key_is_a_mismatch_that_names_the_expected_signature()
    {
        var tampered = Verify(DocHeader, body: DocBody.Replace("0028", "0029", StringComparison.Ordinal));
        tampered.Verdict.Should().Be(SignatureVerdict.SignatureMismatch);
        tampered.ExpectedSignature.Should().Be(WebhookSignature.Compute(DocKey, DocTimestamp, DocBody.Replace("0028", "0029", StringComparison.Ordinal)));
        Verify(DocHeader, key: "HelloWorld!").Verdict.Should().Be(SignatureVerdict.SignatureMismatch);
        Verify(DocHeader, body: DocBody + "\n").Verdict.Should().Be(SignatureVerdict.SignatureMismatch, "every byte of the body counts");
        Verify($"t={DocTimestamp + 1},v1={DocSignature}").Verdict.Should().Be(SignatureVerdict.SignatureMismatch, "t is signed too");
    }

    [Fact]
    public void The_replay_window_is_five_minutes_either_way()
    {
        Verify(DocHeader, now: DocTimestamp + 300_000).Valid.Should().BeTrue("exactly 300 000 ms is still inside");
        Verify(DocHeader, now: DocTimestamp + 300_001).Verdict.Should().Be(SignatureVerdict.StaleTimestamp);
        Verify(DocHeader, now: DocTimestamp - 300_000).Valid.Should().BeTrue();
        Verify(DocHeader, now: DocTimestamp - 300_001).Verdict.Should().Be(SignatureVerdict.FutureTimestamp);
    }

    [Fact]
    public void A_stale_header_with_a_wrong_signature_is_reported_as_a_mismatch_first() =>
        Verify($"t={DocTimestamp},v1={WebhookSignature.Compute("x", DocTimestamp, DocBody)}", now: DocTimestamp + 3_600_000)
            .Verdict.Should().Be(SignatureVerdict.SignatureMismatch);

    [Fact]
    public void One_matching_v1_among_several_is_enough()
    {
        var rotatedOut = WebhookSignature.Compute("old key", DocTimestamp, DocBody);
        Verify($"t={DocTimestamp},v1={rotatedOut},v1={DocSignature}").Valid.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("t=1625602409535")]
    [InlineData("v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("t=abc,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    public void A_malformed_header_is_invalid(string header)
    {
        var result = Verify(header);
        result.Verdict.Should().Be(SignatureVerdict.MalformedHeader);
        result.Reason.Should().Be("MALFORMED_HEADER");
        result.ExpectedSignature.Should().BeNull();
    }
}
