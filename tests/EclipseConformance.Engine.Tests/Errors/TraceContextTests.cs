using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Tests.Errors;

public class TraceContextTests
{
    [Fact]
    public void A_valid_traceparent_is_parsed()
    {
        TraceContextMiddleware.TryParse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", out var traceId, out var flags).Should().BeTrue();
        traceId.Should().Be("0af7651916cd43dd8448eb211c80319c");
        flags.Should().Be("01");
    }

    [Theory]
    [InlineData("")]
    [InlineData("00-00000000000000000000000000000000-b7ad6b7169203331-01")]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01")]
    [InlineData("00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01")]
    [InlineData("ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331")]
    public void Invalid_traceparents_are_ignored(string header)
    {
        TraceContextMiddleware.TryParse(header, out _, out _).Should().BeFalse();
    }
}
