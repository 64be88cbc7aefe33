using System.Globalization;
using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>
/// Runs one scenario: [BeforeScenario] hooks, the steps in order, [AfterScenario] hooks (always, once the scenario
/// started), then disposes the scenario container. After a failing, undefined, ambiguous, pending or skipping step
/// the remaining steps are reported as skipped.
/// </summary>
internal sealed class ScenarioExecutor(BindingRegistry bindings, TimeProvider time)
{
    private BindingRegistry Bindings { get; } = bindings;

    private TimeProvider Time { get; } = time;

    public async Task<ScenarioResult> ExecuteAsync(FeatureRun feature, ScenarioDescriptor scenario, IScenarioOutputSink? sink, CancellationToken cancellationToken)
    {
        var startedAt = Time.GetUtcNow();
        var started = Time.GetTimestamp();
        var output = new ScenarioOutput(sink, Time);
        var context = new ScenarioContext(scenario.ToScenarioInfo(), output, cancellationToken);
        var state = new ScenarioState(context);
        var container = new ObjectContainer(feature.Container);
        container.RegisterInstanceAs(context);
        container.RegisterInstanceAs(context.ScenarioInfo);
        container.RegisterInstanceAs(feature.Context);
        container.RegisterInstanceAs(feature.Context.FeatureInfo);

        if (Bindings.Errors.Count > 0)
            state.Record(ResultStatus.Failed, "The bindings have errors:\n" + string.Join("\n", Bindings.Errors), null);
        if (feature.StartupFailure is { } startupFailure)
            state.Record(ResultStatus.Failed, startupFailure, feature.StartupError);
        var startable = !state.Stopped;

        var run = new Run(this, scenario, container, output, state, cancellationToken);
        foreach (var hook in Bindings.HooksFor(HookType.BeforeScenario, scenario.Tags))
            await run.HookAsync(hook, force: false);
        foreach (var step in scenario.Steps)
            await run.StepAsync(step);
        foreach (var hook in Bindings.HooksFor(HookType.AfterScenario, scenario.Tags))
            await run.HookAsync(hook, force: startable);

        try
        {
            await container.DisposeAsync();
        }
        catch (Exception ex)
        {
            state.Record(ResultStatus.Failed, $"Disposing the scenario's objects failed for {scenario.Location}\n{ex.GetType().Name}: {ex.Message}", ex);
        }

        return new ScenarioResult
        {
            Scenario = scenario,
            Status = state.Status ?? ResultStatus.Passed,
            Message = state.FullMessage,
            Error = state.Error,
            Steps = run.Results,
            Attachments = output.Attachments,
            Output = output.Lines,
            StartedAt = startedAt,
            FinishedAt = Time.GetUtcNow(),
            Duration = Time.GetElapsedTime(started),
            WorkerId = Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The state of one execution; keeps <see cref="ExecuteAsync"/> readable.</summary>
    private sealed class Run(
        ScenarioExecutor executor,
        ScenarioDescriptor scenario,
        ObjectContainer container,
        ScenarioOutput output,
        ScenarioState state,
        CancellationToken cancellationToken)
    {
        private readonly List<TestStepResult> _results = [];

        public IReadOnlyList<TestStepResult> Results => _results;

        private TimeProvider Time => executor.Time;

        private string NextId => $"{scenario.Id}-s{_results.Count.ToString(CultureInfo.InvariantCulture)}";

        public async Task HookAsync(HookBinding hook, bool force)
        {
            var id = NextId;
            var startedAt = Time.GetUtcNow();
            var started = Time.GetTimestamp();
            if (state.Stopped && !force)
            {
                Add(HookResult(id, hook, ResultStatus.Skipped, startedAt, TimeSpan.Zero, null, null));
                return;
            }

            output.CurrentTestStepId = id;
            try
            {
                await HookInvoker.InvokeAsync(hook, container, cancellationToken);
                Add(HookResult(id, hook, ResultStatus.Passed, startedAt, Time.GetElapsedTime(started), null, null));
            }
            catch (Exception ex)
            {
                var (status, message) = Outcome.Classify(ex);
                var text = status == ResultStatus.Skipped
                    ? message
                    : $"[{hook.Type}] hook {hook.Name} failed for {scenario.Location} ({scenario.Name})\n{message}";
                state.Record(status == ResultStatus.Pending ? ResultStatus.Failed : status, text, ex);
                Add(HookResult(id, hook, status, startedAt, Time.GetElapsedTime(started), text, ex));
            }
            finally
            {
                output.CurrentTestStepId = null;
            }
        }

        public async Task StepAsync(StepDescriptor step)
        {
            var id = NextId;
            var startedAt = Time.GetUtcNow();
            var started = Time.GetTimestamp();
            var where = $"{scenario.Feature.Uri}:{step.Line}";
            var title = step.Keyword + step.Text;
            StepMatchResult match;
            try
            {
                match = StepMatcher.Match(executor.Bindings, step);
            }
            catch (Exception ex)
            {
                match = new StepMatchResult(StepMatchKind.Undefined, [], [], null);
                Finish(ResultStatus.Failed, $"Matching failed for {title} at {where}\n{ex.GetType().Name}: {ex.Message}", ex);
                return;
            }

            if (state.Stopped)
            {
                Finish(ResultStatus.Skipped, null, null);
                return;
            }

            switch (match.Kind)
            {
                case StepMatchKind.Undefined:
                    Finish(ResultStatus.Undefined, $"Undefined step at {where}: {title}\nNo step definition matches it. Add one, for example:\n\n{match.Snippet}", null);
                    return;
                case StepMatchKind.Ambiguous:
                    var candidates = string.Join("\n", match.Candidates.Select(c => "  - " + c.Describe()));
                    Finish(ResultStatus.Ambiguous, $"Ambiguous step at {where}: {title}\nIt matches {match.Candidates.Count} step definitions:\n{candidates}", null);
                    return;
            }

            output.CurrentTestStepId = id;
            try
            {
                var arguments = StepArgumentBuilder.Build(match.Binding, match.Arguments, step, cancellationToken);
                var target = match.Binding.Method.IsStatic ? null : container.Resolve(match.Binding.Method.DeclaringType!);
                await BindingInvoker.InvokeAsync(match.Binding.Method, target, arguments);
                Finish(ResultStatus.Passed, null, null);
            }
            catch (Exception ex)
            {
                var (status, message) = Outcome.Classify(ex);
                var text = status switch
                {
                    ResultStatus.Skipped => message,
                    ResultStatus.Pending => $"Pending step at {where}: {title}\n{message}",
                    _ => $"Step failed at {where}: {title}\n{message}",
                };
                Finish(status, text, ex);
            }
            finally
            {
                output.CurrentTestStepId = null;
            }

            void Finish(ResultStatus status, string? message, Exception? error)
            {
                if (status != ResultStatus.Passed && message is not null)
                    state.Record(status, message, error);
                Add(new TestStepResult
                {
                    Id = id,
                    Kind = TestStepKind.Step,
                    Name = title,
                    PickleStepId = step.Id,
                    StepDefinitionIds = [.. match.Candidates.Select(c => c.Id)],
                    Arguments = match.Arguments,
                    Status = status,
                    StartedAt = startedAt,
                    Duration = Time.GetElapsedTime(started),
                    Message = message,
                    ExceptionType = error?.GetType().FullName,
                    StackTrace = status == ResultStatus.Failed ? error?.StackTrace : null,
                });
            }
        }

        private static TestStepResult HookResult(string id, HookBinding hook, ResultStatus status, DateTimeOffset startedAt, TimeSpan duration, string? message, Exception? error) =>
            new()
            {
                Id = id,
                Kind = TestStepKind.Hook,
                HookId = hook.Id,
                Name = $"[{hook.Type}] {hook.Name}",
                Status = status,
                StartedAt = startedAt,
                Duration = duration,
                Message = message,
                ExceptionType = error?.GetType().FullName,
                StackTrace = status == ResultStatus.Failed ? error?.StackTrace : null,
            };

        private void Add(TestStepResult result)
        {
            _results.Add(result);
            var duration = result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            output.Progress($"{result.Name} -> {result.Status.ToText()} ({duration} ms)");
        }
    }
}
