namespace EclipseConformance.Simulators.Tests.Core;

public class SeededRandomTests
{
    [Fact]
    public void The_same_seed_and_stream_give_the_same_values()
    {
        var a = SeededRandom.ForStream(7, "frontierweb");
        var b = SeededRandom.ForStream(7, "frontierweb");

        Enumerable.Range(0, 20).Select(_ => a.NextDigits(20)).Should().Equal(Enumerable.Range(0, 20).Select(_ => b.NextDigits(20)));
    }

    [Fact]
    public void Different_streams_or_seeds_give_different_values()
    {
        var first = SeededRandom.ForStream(7, "frontierweb").NextDigits(20);

        SeededRandom.ForStream(7, "sms").NextDigits(20).Should().NotBe(first);
        SeededRandom.ForStream(8, "frontierweb").NextDigits(20).Should().NotBe(first);
    }

    [Fact]
    public void Digits_and_hex_have_the_requested_length_and_alphabet()
    {
        var random = new SeededRandom(1);
        for (var i = 0; i < 200; i++)
        {
            random.NextDigits(12, nonZeroFirst: true).Should().MatchRegex("^[1-9][0-9]{11}$");
            random.NextHex(16).Should().MatchRegex("^[0-9a-f]{16}$");
            random.NextInt64(3).Should().BeInRange(0, 2);
        }
    }

    [Fact]
    public void Values_are_spread_over_the_whole_range()
    {
        var random = new SeededRandom(3);
        var counts = new int[10];
        for (var i = 0; i < 10_000; i++)
        {
            counts[random.NextInt64(10)]++;
        }

        counts.Should().OnlyContain(c => c > 800 && c < 1200);
    }
}
