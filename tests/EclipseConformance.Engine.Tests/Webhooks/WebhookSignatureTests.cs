using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class WebhookSignatureTests
{
    /// <summary>UK-ENC's worked example (fact sheet 6.1).</summary>
    public const string DocKey = "HelloWorld";
    public const long DocTimestamp = 1625602409535;
    public const string DocBody = """{"alias":"bluXSSCPCZ","cardOnFileId":"8e2c86a5-1acf-48b7-aa70-11a1b18c0d84","last4Digits":"0028"}""";
    public const string DocSignature = "b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=";

    [Fact]
    public void The_documented_worked_example_gives_the_documented_signature()
    {
        WebhookSignature.Compute(DocKey, DocTimestamp, DocBody).Should().Be(DocSignature);
        WebhookSignature.Sign(DocKey, DocTimestamp, DocBody).Should().Be($"t={DocTimestamp},v1={DocSignature}");
        Convert.ToHexStringLower(Convert.FromBase64String(DocSignature)).Should().StartWith("6f6f934f").And.EndWith("bf518");
    }

    [Fact]
    public void The_signature_is_HMAC_SHA256_over_t_dot_body_with_the_UTF8_key()
    {
        const string body = """{"amount":12.500000000,"name":"Zoë"}""";
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("k€y"), Encoding.UTF8.GetBytes("42." + body)));
        WebhookSignature.Compute("k€y", 42, body).Should().Be(expected);
        WebhookSignature.Compute("k€y", 42, "").Should().Be(
            Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("k€y"), "42."u8.ToArray())), "an empty body signs \"t.\"");
    }

    [Fact]
    public void A_header_parses_into_its_timestamp_and_every_v1_and_ignores_other_schemes()
    {
        var other = WebhookSignature.Compute("other", DocTimestamp, DocBody);
        WebhookSignature.TryParse($"t={DocTimestamp}, v1={other},v1={DocSignature},v2=cnNhLXNpZ25hdHVyZQ==", out var t, out var v1).Should().BeTrue();
        t.Should().Be(DocTimestamp);
        v1.Select(Convert.ToBase64String).Should().Equal(other, DocSignature);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("t=1625602409535")]
    [InlineData("t=1625602409535,v1=")]
    [InlineData("t=1625602409535,v1=not-base64!")]
    [InlineData("t=1625602409535,v1=AAAA")]
    [InlineData("t=-1625602409535,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("t=1e12,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("t=99999999999999999999,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("t=1,t=2,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("t=1625602409535;v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=")]
    [InlineData("garbage")]
    public void A_malformed_header_does_not_parse(string header) =>
        WebhookSignature.TryParse(header, out _, out _).Should().BeFalse();
}
