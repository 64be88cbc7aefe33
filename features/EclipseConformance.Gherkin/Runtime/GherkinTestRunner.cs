using System.Collections.Concurrent;
using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Reporting;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>
/// One test run: the bindings, the features, the run container and the results. Independent of xunit so it can be
/// driven directly (unit tests) or by the xunit integration (one scenario per test case, features in parallel).
/// </summary>
internal sealed class GherkinTestRunner : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScenarioResult> _results = new();
    private readonly ConcurrentQueue<RunHookResult> _runHooks = new();
    private readonly ScenarioExecutor _executor;
    private int _finished;

    public GherkinTestRunner(BindingRegistry bindings, FeatureSet features, TimeProvider? time = null)
    {
        Bindings = bindings ?? throw new ArgumentNullException(nameof(bindings));
        Features = features ?? throw new ArgumentNullException(nameof(features));
        Time = time ?? TimeProvider.System;
        _executor = new ScenarioExecutor(bindings, Time);
        StartedAt = Time.GetUtcNow();
    }

    public BindingRegistry Bindings { get; }

    public FeatureSet Features { get; }

    public TimeProvider Time { get; }

    /// <summary>The run container: register run-wide services here or in a [BeforeTestRun] hook.</summary>
    public ObjectContainer Container { get; } = new();

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public async Task BeforeTestRunAsync(CancellationToken cancellationToken)
    {
        foreach (var hook in Bindings.HooksFor(HookType.BeforeTestRun, []))
        {
            var failure = await RunHookAsync(hook, Container, cancellationToken);
            if (failure is not null)
                throw new InvalidOperationException($"[BeforeTestRun] hook {hook.Name} failed: {failure.Message}", failure);
        }
    }

    public async Task<FeatureRun> StartFeatureAsync(FeatureFile feature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var container = new ObjectContainer(Container);
        var context = new FeatureContext(feature.Info);
        container.RegisterInstanceAs(context);
        container.RegisterInstanceAs(feature.Info);
        var run = new FeatureRun(feature, container, context);
        foreach (var hook in Bindings.HooksFor(HookType.BeforeFeature, feature.Info.Tags))
        {
            try
            {
                await HookInvoker.InvokeAsync(hook, container, cancellationToken);
            }
            catch (Exception ex)
            {
                run.StartupFailure = $"[BeforeFeature] hook {hook.Name} failed for {feature.Uri}\n{ex.GetType().Name}: {ex.Message}";
                run.StartupError = ex;
                break;
            }
        }

        return run;
    }

    public async Task<ScenarioResult> RunScenarioAsync(FeatureRun feature, ScenarioDescriptor scenario, IScenarioOutputSink? sink, CancellationToken cancellationToken)
    {
        var result = await _executor.ExecuteAsync(feature, scenario, sink, cancellationToken);
        _results.Enqueue(result);
        return result;
    }

    public async Task EndFeatureAsync(FeatureRun feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var errors = new List<Exception>();
        foreach (var hook in Bindings.HooksFor(HookType.AfterFeature, feature.Feature.Info.Tags))
        {
            try
            {
                await HookInvoker.InvokeAsync(hook, feature.Container, CancellationToken.None);
            }
            catch (Exception ex)
            {
                errors.Add(new InvalidOperationException($"[AfterFeature] hook {hook.Name} failed for {feature.Feature.Uri}: {ex.Message}", ex));
            }
        }

        await DisposeCollectingAsync(feature.Container, errors);
        ThrowIfAny(errors, $"Ending feature {feature.Feature.Uri} failed.");
    }

    public async Task AfterTestRunAsync()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1)
            return;
        var errors = new List<Exception>();
        foreach (var hook in Bindings.HooksFor(HookType.AfterTestRun, []))
        {
            var failure = await RunHookAsync(hook, Container, CancellationToken.None);
            if (failure is not null)
                errors.Add(new InvalidOperationException($"[AfterTestRun] hook {hook.Name} failed: {failure.Message}", failure));
        }

        await DisposeCollectingAsync(Container, errors);
        FinishedAt = Time.GetUtcNow();
        ThrowIfAny(errors, "Ending the test run failed.");
    }

    /// <summary>A snapshot of the run for the report writers; scenarios in the order they started.</summary>
    public RunReport CreateReport() =>
        new(Features, Bindings, [.. _results.OrderBy(r => r.StartedAt)], [.. _runHooks], StartedAt, FinishedAt ?? Time.GetUtcNow());

    public async ValueTask DisposeAsync() => await Container.DisposeAsync();

    private async Task<Exception?> RunHookAsync(HookBinding hook, ObjectContainer container, CancellationToken cancellationToken)
    {
        var startedAt = Time.GetUtcNow();
        var started = Time.GetTimestamp();
        try
        {
            await HookInvoker.InvokeAsync(hook, container, cancellationToken);
            _runHooks.Enqueue(new RunHookResult(hook.Id, hook.Name, ResultStatus.Passed, startedAt, Time.GetElapsedTime(started), null));
            return null;
        }
        catch (Exception ex)
        {
            _runHooks.Enqueue(new RunHookResult(hook.Id, hook.Name, ResultStatus.Failed, startedAt, Time.GetElapsedTime(started), $"{ex.GetType().Name}: {ex.Message}"));
            return ex;
        }
    }

    private static async Task DisposeCollectingAsync(ObjectContainer container, List<Exception> errors)
    {
        try
        {
            await container.DisposeAsync();
        }
        catch (Exception ex)
        {
            errors.Add(ex);
        }
    }

    private static void ThrowIfAny(List<Exception> errors, string message)
    {
        if (errors.Count == 1)
            throw errors[0];
        if (errors.Count > 1)
            throw new AggregateException(message, errors);
    }
}
