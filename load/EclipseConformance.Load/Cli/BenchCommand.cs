using System.CommandLine;
using EclipseConformance.Load.Eclipse.Bench;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Progress;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Cli;

/// <summary><c>load bench ledger [--store CONN] [--rounds N] …</c>: issue 3's ledger benchmark preset.</summary>
internal static class BenchCommand
{
    private static readonly Argument<string> What = new("benchmark") { Description = "Which benchmark: ledger" };
    private static readonly Option<string?> Store = new("--store") { Description = "'sqlite' (default, fresh temporary data dir) or a PostgreSQL connection string" };
    private static readonly Option<int> Concurrency = new("--concurrency", "-c") { Description = "Closed-model loops of the echo and transfer phases", DefaultValueFactory = _ => 64 };
    private static readonly Option<double> EchoDuration = new("--echo-duration") { Description = "Seconds of the echo baseline", DefaultValueFactory = _ => 10 };
    private static readonly Option<bool> NoWireMockBaseline = new("--no-wiremock-baseline") { Description = "Skip the WireMock.Net static-stub baseline (and the 'transfers ≥ stub' target)" };
    private static readonly Option<double> WireMockWarmUp = new("--wiremock-warmup") { Description = "Unmeasured seconds of stub traffic before the WireMock.Net baseline (WireMock.Net needs 15–20 s to reach its steady throughput)", DefaultValueFactory = _ => 20 };
    private static readonly Option<double> Duration = new("--duration") { Description = "Seconds of the closed-model transfer phase", DefaultValueFactory = _ => 20 };
    private static readonly Option<double> OpenDuration = new("--open-duration") { Description = "Seconds of the open-model phase", DefaultValueFactory = _ => 20 };
    private static readonly Option<double> WarmUp = new("--warmup") { Description = "Warm-up seconds of each transfer phase", DefaultValueFactory = _ => 5 };
    private static readonly Option<double> OpenFraction = new("--open-fraction") { Description = "Open-model rate as a fraction of the closed throughput", DefaultValueFactory = _ => 0.7 };
    private static readonly Option<int> OpenConcurrency = new("--open-concurrency") { Description = "Connections of the open-model phase", DefaultValueFactory = _ => 128 };
    private static readonly Option<int> Wallets = new("--wallets") { Description = "Wallets created and funded per run", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> Rounds = new("--rounds") { Description = "Rounds, each on a fresh engine; the summary gives the medians", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> Client = new Option<string?>("--client") { Description = "lean (default) or httpclient" }.AcceptOnlyFromAmong("lean", "httpclient");
    private static readonly Option<string?> EngineDll = new("--engine-dll") { Description = "Engine binary (default: this repository's Release build)" };
    private static readonly Option<string?> AdminPassword = new("--admin-password") { Description = "Admin password the engine is started with (needed for a PostgreSQL database seeded earlier)" };
    private static readonly Option<string> Out = new("--out") { Description = "Root folder for reports", DefaultValueFactory = _ => Path.Combine("artifacts", "load") };
    private static readonly Option<bool> NoProgress = new("--no-progress") { Description = "No live progress" };
    private static readonly Option<string[]> EngineArg = new("--engine-arg") { Description = "One engine configuration argument (repeatable), e.g. --engine-arg=--DemoWorld:CustomerCount=300; same as after --" };
    private static readonly Argument<string[]> EngineArguments = new("engine-arguments") { Description = "After --: configuration passed to the engine", Arity = ArgumentArity.ZeroOrMore };

    public static Command Create(TextWriter output)
    {
        var command = new Command("bench", "Benchmarks: 'bench ledger' = echo closed, WireMock.Net stub closed, transfers closed, transfers open at 70 % (issue 3)")
        {
            What, Store, Concurrency, EchoDuration, NoWireMockBaseline, WireMockWarmUp, Duration, OpenDuration, WarmUp, OpenFraction, OpenConcurrency, Wallets, Rounds, Client, EngineDll,
            AdminPassword, Out, NoProgress, EngineArg, EngineArguments,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(What) != "ledger")
            {
                await output.WriteLineAsync($"Unknown benchmark '{parse.GetValue(What)}'. Known: ledger.");
                return ExitCodes.UsageOrSetupError;
            }

            var options = OptionsFrom(parse);
            using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace));
            try
            {
                var outcome = await new LedgerBench(TimeProvider.System, loggers).RunAsync(
                    options, parse.GetValue(Out)!, parse.GetValue(NoProgress) ? NullProgressReporter.Instance : null, output, cancellationToken);
                return outcome.Passed ? ExitCodes.Passed : ExitCodes.Failed;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or HttpRequestException or TimeoutException
                or System.Net.Sockets.SocketException or Eclipse.Api.EclipseApiException)
            {
                await output.WriteLineAsync($"Cannot run the bench: {ex.Message}");
                return ExitCodes.UsageOrSetupError;
            }
        });
        return command;
    }

    /// <summary>The bench options a parsed <c>bench</c> command line asks for (not yet validated).</summary>
    internal static LedgerBenchOptions OptionsFrom(ParseResult parse) =>
        new()
        {
            Store = parse.GetValue(Store) ?? "sqlite",
            Concurrency = parse.GetValue(Concurrency),
            EchoDuration = TimeSpan.FromSeconds(parse.GetValue(EchoDuration)),
            WireMockBaseline = !parse.GetValue(NoWireMockBaseline),
            WireMockWarmUp = TimeSpan.FromSeconds(parse.GetValue(WireMockWarmUp)),
            ClosedDuration = TimeSpan.FromSeconds(parse.GetValue(Duration)),
            OpenDuration = TimeSpan.FromSeconds(parse.GetValue(OpenDuration)),
            WarmUp = TimeSpan.FromSeconds(parse.GetValue(WarmUp)),
            OpenFraction = parse.GetValue(OpenFraction),
            OpenConcurrency = parse.GetValue(OpenConcurrency),
            Wallets = parse.GetValue(Wallets),
            Rounds = parse.GetValue(Rounds),
            Client = parse.GetValue(Client) == "httpclient" ? LoadClient.HttpClient : LoadClient.Lean,
            EngineDll = parse.GetValue(EngineDll),
            AdminPassword = parse.GetValue(AdminPassword),
            EngineArguments = [.. parse.GetValue(EngineArg) ?? [], .. parse.GetValue(EngineArguments) ?? []],
        };
}
