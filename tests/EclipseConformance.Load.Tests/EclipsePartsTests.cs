using System.Text;
using System.Text.Json;
using EclipseConformance.Load.Cli;
using EclipseConformance.Load.Eclipse.Bench;
using EclipseConformance.Load.Eclipse.Profiles;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Tests;

/// <summary>The Eclipse profiles' building blocks that need no engine.</summary>
public sealed class EclipsePartsTests
{
    [Fact]
    public void The_transfer_body_is_valid_json_with_the_exact_amount_and_key()
    {
        var key = Guid.CreateVersion7();
        var buffer = new byte[TransferJson.MaxLength];

        var length = TransferJson.Write(buffer, 2536010, 2536011, 100_005, "load test"u8, key);

        using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
        var root = json.RootElement;
        root.GetProperty("fromWalletId").GetInt64().Should().Be(2536010);
        root.GetProperty("toWalletId").GetInt64().Should().Be(2536011);
        root.GetProperty("amount").GetRawText().Should().Be("1000.05");
        root.GetProperty("amount").GetDecimal().Should().Be(1000.05m);
        root.GetProperty("description").GetString().Should().Be("load test");
        root.GetProperty("externalUniqueId").GetString().Should().Be(key.ToString());
    }

    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(10, "0.10")]
    [InlineData(100, "1.00")]
    [InlineData(9_999, "99.99")]
    public void Amounts_in_cents_are_written_with_two_decimals(long cents, string expected)
    {
        var buffer = new byte[TransferJson.MaxLength];
        var length = TransferJson.Write(buffer, 1, 2, cents, "d"u8, Guid.Empty);

        Encoding.ASCII.GetString(buffer, 0, length).Should().Contain($"\"amount\":{expected},");
    }

    [Fact]
    public void The_raw_request_carries_the_path_host_token_and_exact_content_length()
    {
        var writer = new RawRequestWriter("/", "127.0.0.1:8080");
        var body = "{\"a\":1}"u8.ToArray();

        var request = Encoding.ASCII.GetString(writer.Write("POST", "eclipse-conductor/rest/v1/tenants/1001/wallets/transfers", "Bearer abc.def", body).Span);

        request.Should().Be(
            "POST /eclipse-conductor/rest/v1/tenants/1001/wallets/transfers HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization: Bearer abc.def\r\n"
            + "Content-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}");
        Encoding.ASCII.GetString(writer.Write("GET", "x?limit=20", "Bearer t", default).Span)
            .Should().Be("GET /x?limit=20 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization: Bearer t\r\n\r\n");
    }

    [Theory]
    [InlineData("full", null)]
    [InlineData("sample:250", 250)]
    public void Verify_modes_parse(string text, int? sample) => VerifyMode.Parse(text).SampleSize.Should().Be(sample);

    [Theory]
    [InlineData("sample:0")]
    [InlineData("sample:")]
    [InlineData("some")]
    public void Bad_verify_modes_are_rejected(string text) => ((Action)(() => VerifyMode.Parse(text))).Should().Throw<FormatException>();

    [Fact]
    public void Nano_units_convert_exactly_and_refuse_more_than_nine_decimals()
    {
        Nanos.From(1000.05m).Should().Be(1_000_050_000_000);
        Nanos.From(-0.000000001m).Should().Be(-1);
        Nanos.ToDecimal(1_000_050_000_000).Should().Be(1000.05m);
        ((Action)(() => Nanos.From(0.0000000001m))).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void The_random_stream_stays_in_range_and_is_reproducible()
    {
        var a = new SplitMix64(42);
        var b = new SplitMix64(42);
        var draws = Enumerable.Range(0, 10_000).Select(_ => a.Below(7)).ToList();

        draws.Should().OnlyContain(d => d >= 0 && d < 7);
        draws.Distinct().Should().HaveCount(7);
        Enumerable.Range(0, 100).Select(_ => b.Below(7)).Should().Equal(draws.Take(100));
        Enumerable.Range(0, 1000).Select(_ => a.Between(1, 100)).Should().OnlyContain(v => v >= 1 && v <= 100);
    }

    [Fact]
    public void Recent_transfers_hand_out_only_what_was_added_and_keep_the_latest()
    {
        var ring = new RecentTransfers(4);
        ring.Pick(123).Should().BeNull();
        var sent = Enumerable.Range(0, 6).Select(i => new SentTransfer(Guid.CreateVersion7(), i, i + 1, 100)).ToList();
        sent.ForEach(ring.Add);

        Enumerable.Range(0, 50).Select(i => ring.Pick((ulong)i)!).Should().OnlyContain(s => sent.Skip(2).Contains(s));
    }

    [Fact]
    public void The_load_is_split_between_scenarios_by_weight()
    {
        var open = new ProfileOptions { Rate = 1000, Duration = TimeSpan.FromSeconds(10) };
        var closed = open with { Model = LoadModel.Closed, Concurrency = 64 };

        LoadShare.Of(open, 75, 100).Should().BeOfType<InjectSimulation>().Which.Rate.Should().Be(750);
        LoadShare.Of(open, 1, 10_000).Should().BeOfType<InjectSimulation>().Which.Rate.Should().Be(1, "every scenario gets some load");
        LoadShare.Of(closed, 5, 100).Should().BeOfType<KeepConstantSimulation>().Which.Copies.Should().Be(3);
    }

    [Fact]
    public void The_knee_is_the_first_of_two_consecutive_broken_seconds()
    {
        long[] Fast(int n) => [.. Enumerable.Repeat(2_000L, n)];
        long[] Slow(int n) => [.. Enumerable.Repeat(40_000L, n)];
        var stats = Samples.Scenario("transfer", Samples.Start, [Fast(100), Fast(200), Slow(300), Fast(400), Slow(500), Slow(600)]);

        var knee = KneeFinder.Analyse(stats, 15);

        Row(knee, "knee").Should().StartWith("at t = 4 s: p99 40.0");
        Row(knee, "best second before the knee").Should().StartWith("t = 3 s: offered 400/s, 400 ok/s");
        KneeFinder.Analyse(Samples.Scenario("transfer", Samples.Start, [Fast(100), Fast(200)]), 15).Rows
            .Single(r => r.Key == "knee").Value.Should().StartWith("not reached");
    }

    [Fact]
    public void The_bench_median_takes_the_middle_value()
    {
        BenchSummary.Median([3, 1, 2]).Should().Be(2);
        BenchSummary.Median([4, 1, 3, 2]).Should().Be(2.5);
        BenchSummary.Median([double.NaN]).Should().Be(double.NaN);
    }

    [Fact]
    public async Task An_eclipse_profile_against_a_given_target_needs_the_admin_password()
    {
        using var console = new StringWriter();
        var exit = await LoadCommandLine.InvokeAsync(
            ["run", "--profile", "transfer-steady", "--target", "http://127.0.0.1:9/", "--duration", "1", "--no-progress", "--no-echo-baseline",
                "--out", Directory.CreateTempSubdirectory("load-cli-").FullName],
            ProfileRegistry.CreateDefault(), console, TestContext.Current.CancellationToken);

        exit.Should().Be(ExitCodes.UsageOrSetupError);
        console.ToString().Should().Contain("--admin-password");
    }

    [Theory]
    [InlineData("--wallets", "2", "--wallets is between 4")]
    [InlineData("--verify", "most", "--verify is 'full' or 'sample:N'")]
    [InlineData("--echo-duration", "-1", "echo baseline lasts")]
    public async Task Bad_eclipse_options_are_rejected_before_any_engine_starts(string option, string value, string message)
    {
        using var console = new StringWriter();
        var exit = await LoadCommandLine.InvokeAsync(["run", "--profile", "transfer-steady", option, value, "--no-progress"],
            ProfileRegistry.CreateDefault(), console, TestContext.Current.CancellationToken);

        exit.Should().Be(ExitCodes.UsageOrSetupError);
        console.ToString().Should().Contain(message);
    }

    [Fact]
    public void Every_issue_11_profile_is_registered()
    {
        ProfileRegistry.CreateDefault().All.Select(p => p.Name).Should().Contain(
            ["transfer-steady", "transfer-ramp", "payroll-hot-wallet", "transfer-retries", "mixed", "soak", "echo"]);
    }

    private static string Row(Reporting.ReportSection section, string key) => section.Rows.Single(r => r.Key == key).Value;
}
