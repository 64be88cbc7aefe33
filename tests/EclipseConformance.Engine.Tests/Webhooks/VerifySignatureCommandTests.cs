using System.Diagnostics;
using System.Text;
using EclipseConformance.Engine.Webhooks;
using Microsoft.Extensions.Time.Testing;
using static EclipseConformance.Engine.Tests.Webhooks.WebhookSignatureTests;

namespace EclipseConformance.Engine.Tests.Webhooks;

public sealed class VerifySignatureCommandTests : IDisposable
{
    private static readonly string DocHeader = $"t={DocTimestamp},v1={DocSignature}";
    private readonly string _bodyFile = Path.Combine(Path.GetTempPath(), $"eclipse-body-{Guid.NewGuid():N}.json");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeMilliseconds(DocTimestamp + 1_000));

    public VerifySignatureCommandTests() => File.WriteAllText(_bodyFile, DocBody, new UTF8Encoding(false));

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await VerifySignatureCommand.RunAsync(args, output, error, _clock);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_documented_example_is_valid_with_exit_code_0()
    {
        var (code, output, _) = await RunAsync("--key", DocKey, "--header", DocHeader, "--body-file", _bodyFile);
        code.Should().Be(0);
        output.Should().StartWith("VALID (VALID)");
    }

    [Fact]
    public async Task A_tampered_body_is_invalid_with_exit_code_1_and_shows_the_expected_signature()
    {
        await File.AppendAllTextAsync(_bodyFile, "\n", TestContext.Current.CancellationToken);
        var (code, output, _) = await RunAsync("--key", DocKey, "--header", DocHeader, "--body-file", _bodyFile);
        code.Should().Be(1);
        output.Should().Contain("SIGNATURE_MISMATCH").And.Contain("expected v1=" + WebhookSignature.Compute(DocKey, DocTimestamp, DocBody + "\n"));
    }

    [Theory]
    [InlineData(300_001, "STALE_TIMESTAMP")]
    [InlineData(-300_001, "FUTURE_TIMESTAMP")]
    public async Task A_timestamp_outside_the_window_is_invalid(long offset, string reason)
    {
        var (code, output, _) = await RunAsync("--key", DocKey, "--header", DocHeader, "--body-file", _bodyFile, $"--now-ms={DocTimestamp + offset}");
        code.Should().Be(1);
        output.Should().Contain(reason);
    }

    [Fact]
    public async Task A_malformed_header_is_invalid_not_a_usage_error()
    {
        var (code, output, _) = await RunAsync("--key", DocKey, "--header", "v1=abc", "--body-file", _bodyFile);
        code.Should().Be(1);
        output.Should().Contain("MALFORMED_HEADER");
    }

    [Theory]
    [InlineData("--header", "t=1,v1=x", "--body-file", "BODY")]
    [InlineData("--key", "k", "--header", "t=1,v1=x", "--body-file", "BODY", "--colour")]
    [InlineData("--key", "k", "--header", "t=1,v1=x", "--body-file", "BODY", "--now-ms", "yesterday")]
    [InlineData("--key", "k", "--header", "t=1,v1=x", "--body-file", "/nonexistent/body.json")]
    [InlineData("--key", "k", "--header")]
    public async Task Usage_errors_exit_with_2_and_print_the_usage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args.Select(a => a == "BODY" ? _bodyFile : a).ToArray());
        code.Should().Be(2);
        error.Should().Contain("Usage: run.sh verify-signature");
    }

    [Fact]
    public async Task The_engine_executable_runs_the_command_before_building_a_host()
    {
        var engine = Path.Combine(AppContext.BaseDirectory, "EclipseConformance.Engine.dll");
        async Task<(int, string)> Run(string header)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { engine, "verify-signature", "--key", DocKey, "--header", header, "--body-file", _bodyFile, "--now-ms", $"{DocTimestamp + 5}" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output);
        }

        (await Run(DocHeader)).Should().Be((0, "VALID (VALID): Signature matches; t is 5 ms from now" + Environment.NewLine));
        (await Run($"t={DocTimestamp},v1={WebhookSignature.Compute("wrong", DocTimestamp, DocBody)}")).Item1.Should().Be(1);
    }

    public void Dispose() => File.Delete(_bodyFile);
}
