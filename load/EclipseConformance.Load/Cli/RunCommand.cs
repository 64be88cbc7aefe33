using System.CommandLine;
using System.Globalization;
using EclipseConformance.Load.Eclipse;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Execution;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Progress;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Cli;

/// <summary><c>load run --profile NAME [--target URL] [--rate N] [--duration S] …</c></summary>
internal static class RunCommand
{
    private static readonly Option<string> Profile = new("--profile", "-p") { Description = "Profile name (see 'load profiles')", Required = true };
    private static readonly Option<string?> Target = new("--target") { Description = "Base URL of the system under test (default: the profile starts its own)" };
    private static readonly Option<int?> Rate = new("--rate") { Description = "Open model: arrivals per second, global across agents" };
    private static readonly Option<double?> Duration = new("--duration") { Description = "Measured duration in seconds" };
    private static readonly Option<double?> WarmUp = new("--warmup") { Description = "Warm-up in seconds (not measured)" };
    private static readonly Option<int?> Concurrency = new("--concurrency", "-c") { Description = "Closed: loops (global). Open: connections and worker slots per agent" };
    private static readonly Option<string?> Model = new Option<string?>("--model") { Description = "open (inject at --rate) or closed (keep --concurrency loops)" }.AcceptOnlyFromAmong("open", "closed");
    private static readonly Option<string?> Client = new Option<string?>("--client") { Description = "lean (HTTP/1.1 on raw sockets, default) or httpclient (SocketsHttpHandler)" }.AcceptOnlyFromAmong("lean", "httpclient");
    private static readonly Option<string> Out = new("--out") { Description = "Root folder for reports", DefaultValueFactory = _ => Path.Combine("artifacts", "load") };
    private static readonly Option<int> AgentIndex = new("--agent-index") { Description = "This agent's index (0-based) in a distributed run", DefaultValueFactory = _ => 0 };
    private static readonly Option<int> AgentCount = new("--agent-count") { Description = "Number of agents in a distributed run", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> StartAt = new("--start-at") { Description = "Wall-clock start of the measured phase: Unix seconds or ISO 8601 (agents share it)" };
    private static readonly Option<double?> MaxLagMs = new("--max-lag-ms") { Description = "Open model: drop a request that cannot start within this many ms of its intended start" };
    private static readonly Option<double?> P50 = new("--p50-ms") { Description = "Threshold: p50 latency at most (ms)" };
    private static readonly Option<double?> P99 = new("--p99-ms") { Description = "Threshold: p99 latency at most (ms)" };
    private static readonly Option<double?> P999 = new("--p999-ms") { Description = "Threshold: p99.9 latency at most (ms)" };
    private static readonly Option<double?> MaxErrors = new("--max-error-pct") { Description = "Threshold: failed requests at most (%)" };
    private static readonly Option<double?> MaxDropped = new("--max-dropped-pct") { Description = "Threshold: dropped requests at most (%)" };
    private static readonly Option<double?> MinRps = new("--min-rps") { Description = "Threshold: successful requests per second at least" };
    private static readonly Option<bool> NoProgress = new("--no-progress") { Description = "No live progress (automatic when output is not a terminal)" };
    private static readonly Option<bool> NoEchoBaseline = new("--no-echo-baseline") { Description = "Transfer profiles: skip the echo baseline phase (and the ratio to echo)" };
    private static readonly Option<double?> EchoDuration = new("--echo-duration") { Description = "Transfer profiles: seconds of the echo baseline phase (closed model, same concurrency and client; default 10)" };
    private static readonly Option<string?> Store = new("--store") { Description = "Engine the runner starts: 'sqlite' (default, fresh temporary data dir) or a PostgreSQL connection string" };
    private static readonly Option<string?> EngineDll = new("--engine-dll") { Description = "Engine binary to start (default: this repository's Release build; or ECLIPSE_ENGINE_DLL)" };
    private static readonly Option<string?> AdminIdentity = new("--admin-identity") { Description = "Simulator admin identity (default admin)" };
    private static readonly Option<string?> AdminPassword = new("--admin-password") { Description = "Simulator admin password: required with --target; for a started engine, the password it gets (default random)" };
    private static readonly Option<string?> Verify = new("--verify") { Description = "Post-run key check: full (default: page through every destination wallet) or sample:N" };
    private static readonly Option<int?> Wallets = new("--wallets") { Description = "Wallets to create and fund for the spread profiles (default 1000)" };
    private static readonly Option<string[]> EngineArg = new("--engine-arg") { Description = "One engine configuration argument (repeatable), e.g. --engine-arg=--DemoWorld:CustomerCount=300; same as after --" };
    private static readonly Argument<string[]> EngineArguments = new("engine-arguments") { Description = "After --: configuration passed to the engine the runner starts, e.g. -- --DemoWorld:CustomerCount=300", Arity = ArgumentArity.ZeroOrMore };

    public static Command Create(ProfileRegistry registry, TextWriter output)
    {
        var command = new Command("run", "Run a load profile and write its reports to <out>/<profile>-<timestamp>/")
        {
            Profile, Target, Rate, Duration, WarmUp, Concurrency, Model, Client, Out, AgentIndex, AgentCount, StartAt, MaxLagMs,
            P50, P99, P999, MaxErrors, MaxDropped, MinRps, NoProgress, NoEchoBaseline, EchoDuration, Store, EngineDll, AdminIdentity, AdminPassword,
            Verify, Wallets, EngineArg, EngineArguments,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(parse, registry, output, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult parse, ProfileRegistry registry, TextWriter output, CancellationToken cancellationToken)
    {
        var name = parse.GetValue(Profile)!;
        if (!registry.TryGet(name, out var profile))
        {
            await output.WriteLineAsync($"Unknown profile '{name}'. Known: {string.Join(", ", registry.All.Select(p => p.Name))}.");
            return ExitCodes.UsageOrSetupError;
        }

        ProfileOptions options;
        try
        {
            options = Options(parse, profile);
            options.Validate();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await output.WriteLineAsync($"Invalid options: {ex.Message}");
            return ExitCodes.UsageOrSetupError;
        }

        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace));
        IProgressReporter? progress = parse.GetValue(NoProgress) ? NullProgressReporter.Instance : null;
        ProfileRunOutcome outcome;
        try
        {
            outcome = await new ProfileRunner(TimeProvider.System, loggers).RunAsync(profile, options, parse.GetValue(Out)!, progress, cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or HttpRequestException or System.Net.Sockets.SocketException
            or TimeoutException or Eclipse.Api.EclipseApiException)
        {
            await output.WriteLineAsync($"Cannot run profile '{profile.Name}': {ex.Message}");
            return ExitCodes.UsageOrSetupError;
        }

        ConsoleSummary.Write(output, outcome.Result, outcome.ReportFolder);
        return outcome.Result.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static ProfileOptions Options(ParseResult parse, ILoadProfile profile)
    {
        var options = ProfileOptions.FromDefaults(profile.Defaults);
        var maxLag = parse.GetValue(MaxLagMs);
        options = options with
        {
            Rate = parse.GetValue(Rate) ?? options.Rate,
            Duration = parse.GetValue(Duration) is { } d ? TimeSpan.FromSeconds(d) : options.Duration,
            WarmUp = parse.GetValue(WarmUp) is { } w ? TimeSpan.FromSeconds(w) : options.WarmUp,
            Concurrency = parse.GetValue(Concurrency) ?? options.Concurrency,
            Model = parse.GetValue(Model) switch { "open" => LoadModel.Open, "closed" => LoadModel.Closed, _ => options.Model },
            Client = parse.GetValue(Client) == "httpclient" ? LoadClient.HttpClient : LoadClient.Lean,
            Target = parse.GetValue(Target) is { } t ? new Uri(t, UriKind.Absolute) : null,
            Agent = new AgentShare(parse.GetValue(AgentIndex), parse.GetValue(AgentCount)),
            StartAt = parse.GetValue(StartAt) is { } s ? ParseStartAt(s) : null,
            Settings = maxLag is { } lag ? options.Settings with { MaxLag = TimeSpan.FromMilliseconds(lag) } : options.Settings,
            EchoBaseline = parse.GetValue(NoEchoBaseline) ? TimeSpan.Zero
                : parse.GetValue(EchoDuration) is { } e ? TimeSpan.FromSeconds(e) : options.EchoBaseline,
            Eclipse = new EclipseOptions
            {
                Store = parse.GetValue(Store) ?? "sqlite",
                EngineDll = parse.GetValue(EngineDll),
                EngineArguments = [.. parse.GetValue(EngineArg) ?? [], .. parse.GetValue(EngineArguments) ?? []],
                AdminIdentity = parse.GetValue(AdminIdentity) ?? Eclipse.Api.AdminCredentials.DefaultIdentity,
                AdminPassword = parse.GetValue(AdminPassword),
                Verify = parse.GetValue(Verify) is { } v ? VerifyMode.Parse(v) : VerifyMode.Full,
                Wallets = parse.GetValue(Wallets),
            },
        };

        var overrides = new List<Threshold>();
        Add(overrides, parse.GetValue(P50), v => Threshold.LatencyP50(TimeSpan.FromMilliseconds(v)));
        Add(overrides, parse.GetValue(P99), v => Threshold.LatencyP99(TimeSpan.FromMilliseconds(v)));
        Add(overrides, parse.GetValue(P999), v => Threshold.LatencyP999(TimeSpan.FromMilliseconds(v)));
        Add(overrides, parse.GetValue(MaxErrors), v => Threshold.MaxErrorPercent(v));
        Add(overrides, parse.GetValue(MaxDropped), v => Threshold.MaxDroppedPercent(v));
        Add(overrides, parse.GetValue(MinRps), v => Threshold.MinThroughput(v));
        return options.WithThresholdOverrides(overrides);
    }

    private static void Add(List<Threshold> list, double? value, Func<double, Threshold> create)
    {
        if (value is { } v)
        {
            list.Add(create(v));
        }
    }

    internal static DateTimeOffset ParseStartAt(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
