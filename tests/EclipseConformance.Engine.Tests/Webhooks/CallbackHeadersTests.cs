using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class CallbackHeadersTests
{
    private static (List<KeyValuePair<string, string>> Headers, List<string> Notes) Parse(string text)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var notes = new List<string>();
        CallbackHeaders.AddPairs(text, headers, notes);
        return (headers, notes);
    }

    [Fact]
    public void Additional_headers_are_comma_delimited_name_value_pairs()
    {
        var (headers, notes) = Parse("X-Channel-Key, abc123 ,X-Env,sandbox");
        headers.Should().Equal(new KeyValuePair<string, string>("X-Channel-Key", "abc123"), new KeyValuePair<string, string>("X-Env", "sandbox"));
        notes.Should().BeEmpty();
    }

    [Fact]
    public void A_name_without_a_value_an_invalid_name_or_an_engine_header_is_skipped_and_noted()
    {
        var (headers, notes) = Parse("Bad Name,x,Eclipse-Signature,forged,content-type,text/plain,X-Ok,1,X-Dangling");
        headers.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("X-Ok", "1"));
        notes.Should().HaveCount(4);
        notes.Should().Contain(n => n.Contains("'Bad Name'", StringComparison.Ordinal))
            .And.Contain(n => n.Contains("'Eclipse-Signature' is set by the engine", StringComparison.Ordinal))
            .And.Contain(n => n.Contains("'X-Dangling' has no value", StringComparison.Ordinal));
    }
}
