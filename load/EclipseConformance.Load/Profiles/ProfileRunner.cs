using System.Globalization;
using EclipseConformance.Load.Echo;
using EclipseConformance.Load.Http;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using EclipseConformance.Load.WireMockStub;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Profiles;

/// <summary>
/// Runs a profile end to end: start its default target (or use --target), build its scenarios, run them,
/// verify invariants, write the reports. Used by <c>load run</c> and by tests.
/// </summary>
public sealed class ProfileRunner(TimeProvider time, ILoggerFactory loggerFactory)
{
    public Task<ProfileRunOutcome> RunAsync(
        ILoadProfile profile, ProfileOptions options, string outputRoot, IProgressReporter? progress, CancellationToken cancellationToken) =>
        RunAsync(profile, options, outputRoot, progress, sharedTarget: null, cancellationToken);

    /// <summary>
    /// As above; <paramref name="sharedTarget"/> is a target started by the caller (a bench running several profiles
    /// against one engine): used instead of the profile's default target and not stopped afterwards.
    /// </summary>
    public async Task<ProfileRunOutcome> RunAsync(
        ILoadProfile profile, ProfileOptions options, string outputRoot, IProgressReporter? progress, ILoadTarget? sharedTarget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Model == LoadModel.Open ? options.Settings with { MaxConcurrency = options.Concurrency } : options.Settings;
        options = options with { Settings = settings };
        options.Validate();
        var logger = loggerFactory.CreateLogger("EclipseConformance.Load." + profile.Name);

        var own = options.Target is null && sharedTarget is null ? await profile.StartDefaultTargetAsync(options, cancellationToken) : null;
        try
        {
            var started = own ?? (options.Target is null ? sharedTarget : null);
            var target = WithTrailingSlash(options.Target ?? started!.BaseAddress);
            var connections = options.Model == LoadModel.Closed ? options.AgentCopies : options.Concurrency;
            using var http = HttpTarget.Create(target, connections);
            await using var context = new ProfileContext(options, http, time, logger) { OwnTarget = started };
            var scenarios = await profile.BuildScenariosAsync(context, cancellationToken);
            var ratioScenario = profile.Defaults.EchoRatioScenario;
            var echo = options.EchoBaseline > TimeSpan.Zero && ratioScenario is not null && scenarios.Any(s => s.Name == ratioScenario)
                ? await EchoBaselinePhase.RunAsync(options, time, loggerFactory, progress, cancellationToken)
                : null;
            var stub = options.WireMockBaseline > TimeSpan.Zero && ratioScenario is not null && scenarios.Any(s => s.Name == ratioScenario)
                ? await WireMockBaselinePhase.RunAsync(options, time, loggerFactory, progress, cancellationToken)
                : null;

            var runner = LoadRunner.RegisterScenarios([.. scenarios])
                .WithRunName(profile.Name)
                .WithThresholds([.. options.Thresholds])
                .WithSettings(settings)
                .WithTimeProvider(time)
                .WithAgent(options.Agent.Index, options.Agent.Count)
                .WithStartAt(options.StartAt)
                .WithLoggerFactory(loggerFactory)
                .WithInfo("profile", $"{profile.Name}: {profile.Description}")
                .WithInfo("target", started is null ? target.ToString() : started.Description)
                .WithInfo("model", options.Model == LoadModel.Open
                    ? string.Create(CultureInfo.InvariantCulture, $"open: {options.Rate}/s across {options.Agent.Count} agent(s), {options.Concurrency} connections per agent")
                    : string.Create(CultureInfo.InvariantCulture, $"closed: {options.Concurrency} loops across {options.Agent.Count} agent(s), {connections} connections here"))
                .WithInfo("client", options.Client == LoadClient.Lean ? "lean HTTP/1.1 (one keep-alive socket per copy)" : "HttpClient (SocketsHttpHandler)")
                .WithInfo("duration / warm-up", $"{Fmt.Seconds(options.Duration)} / {Fmt.Seconds(options.WarmUp)}")
                .WithInfo("machine", string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"));
            if (progress is not null)
            {
                runner = runner.WithProgress(progress);
            }

            var result = await runner.RunAsync(cancellationToken);
            if (stub is not null)
            {
                result = WireMockBaselinePhase.Combine(stub, result, ratioScenario!, options);
            }

            if (echo is not null)
            {
                result = EchoBaselinePhase.Combine(echo, result, ratioScenario!, options);
            }

            result = result.WithSections(await VerifyAsync(profile, context, result));
            var suffix = options.Agent.IsDistributed ? $"-agent{options.Agent.Index + 1}of{options.Agent.Count}" : string.Empty;
            var folder = ReportWriter.FolderFor(outputRoot, profile.Name, result.StartedUtc, suffix);
            await ReportWriter.WriteAsync(result, folder);
            return new ProfileRunOutcome(result, folder);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<ReportSection>> VerifyAsync(ILoadProfile profile, ProfileContext context, RunResult result)
    {
        try
        {
            // Not cancellable: a run stopped with Ctrl+C is still checked and reported.
            return await profile.VerifyAsync(context, result, CancellationToken.None);
        }
        catch (Exception ex)
        {
            return [ReportSection.Check("Post-run verification", false, ("error", $"{ex.GetType().Name}: {ex.Message}"))];
        }
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
