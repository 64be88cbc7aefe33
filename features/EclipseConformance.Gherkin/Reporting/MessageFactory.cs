using System.Reflection;
using System.Runtime.InteropServices;
using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Runtime;
using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Reporting;

/// <summary>Builds the individual Cucumber messages from the runner's bindings and results.</summary>
internal static class MessageFactory
{
    public static Messages.Meta Meta()
    {
        var version = typeof(MessageFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new Messages.Meta(
            Cucumber.Messages.ProtocolVersion.Version.Split('+')[0],
            new Messages.Product("EclipseConformance.Gherkin", version),
            new Messages.Product(".NET", Environment.Version.ToString()),
            new Messages.Product(RuntimeInformation.OSDescription, null),
            new Messages.Product(RuntimeInformation.ProcessArchitecture.ToString(), null),
            null);
    }

    public static Messages.StepDefinition StepDefinition(StepDefinitionBinding definition) =>
        new(
            definition.Id,
            new Messages.StepDefinitionPattern(
                definition.Expression.Source,
                definition.Expression.IsRegex ? Messages.StepDefinitionPatternType.REGULAR_EXPRESSION : Messages.StepDefinitionPatternType.CUCUMBER_EXPRESSION),
            Source(definition.Method));

    public static Messages.HookType? MessageHookType(HookType type) =>
        type switch
        {
            Gherkin.HookType.BeforeTestRun => Messages.HookType.BEFORE_TEST_RUN,
            Gherkin.HookType.AfterTestRun => Messages.HookType.AFTER_TEST_RUN,
            Gherkin.HookType.BeforeScenario => Messages.HookType.BEFORE_TEST_CASE,
            Gherkin.HookType.AfterScenario => Messages.HookType.AFTER_TEST_CASE,
            _ => null,
        };

    public static Messages.Hook Hook(HookBinding hook) =>
        new(hook.Id, hook.Name, Source(hook.Method), hook.TagExpression, MessageHookType(hook.Type)!.Value);

    public static string TestCaseId(ScenarioResult result) => "tc-" + result.Scenario.Id;

    public static string TestCaseStartedId(ScenarioResult result) => "tcs-" + result.Scenario.Id;

    public static Messages.TestCase TestCase(ScenarioResult result, string runId) =>
        new(TestCaseId(result), result.Scenario.Id, [.. result.Steps.Select(TestStep)], runId);

    public static IEnumerable<Messages.Suggestion> Suggestions(ScenarioResult result, BindingRegistry bindings)
    {
        foreach (var step in result.Scenario.Steps)
        {
            var outcome = result.Steps.FirstOrDefault(s => s.PickleStepId == step.Id);
            if (outcome is { StepDefinitionIds.Count: 0 } && outcome.Kind == TestStepKind.Step)
            {
                var match = StepMatcher.Match(bindings, step);
                if (match.Snippet is not null)
                    yield return new Messages.Suggestion("sg-" + step.Id, step.Id, [new Messages.Snippet("csharp", match.Snippet)]);
            }
        }
    }

    public static Messages.TestStepResult StepResult(TestStepResult step) =>
        new(
            Duration(step.Duration),
            step.Message,
            Status(step.Status),
            step.ExceptionType is null ? null : new Messages.Exception(step.ExceptionType, step.Message, step.StackTrace));

    public static Messages.Attachment Attachment(ScenarioAttachment attachment, string testCaseStartedId) =>
        new(
            attachment.Content,
            Messages.AttachmentContentEncoding.IDENTITY,
            attachment.Name,
            attachment.MediaType,
            null,
            testCaseStartedId,
            attachment.TestStepId,
            null,
            null,
            null,
            Timestamp(attachment.Timestamp));

    public static Messages.TestStepResultStatus Status(ResultStatus status) =>
        status switch
        {
            ResultStatus.Passed => Messages.TestStepResultStatus.PASSED,
            ResultStatus.Failed => Messages.TestStepResultStatus.FAILED,
            ResultStatus.Skipped => Messages.TestStepResultStatus.SKIPPED,
            ResultStatus.Pending => Messages.TestStepResultStatus.PENDING,
            ResultStatus.Undefined => Messages.TestStepResultStatus.UNDEFINED,
            _ => Messages.TestStepResultStatus.AMBIGUOUS,
        };

    public static Messages.Timestamp Timestamp(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Messages.Timestamp(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100);
    }

    public static Messages.Duration Duration(TimeSpan duration) =>
        new(duration.Ticks / TimeSpan.TicksPerSecond, duration.Ticks % TimeSpan.TicksPerSecond * 100);

    private static Messages.TestStep TestStep(TestStepResult step)
    {
        if (step.Kind == TestStepKind.Hook)
            return new Messages.TestStep(step.HookId, step.Id, null, null, null);

        var arguments = step.StepDefinitionIds.Count == 1
            ? new List<Messages.StepMatchArgumentsList>
            {
                new([.. step.Arguments.Select(a => new Messages.StepMatchArgument(
                    new Messages.Group([], a.Start < 0 ? null : a.Start, a.Value), a.ParameterTypeName))]),
            }
            : [.. step.StepDefinitionIds.Select(_ => new Messages.StepMatchArgumentsList([]))];
        return new Messages.TestStep(null, step.Id, step.PickleStepId, [.. step.StepDefinitionIds], arguments);
    }

    private static Messages.SourceReference Source(MethodInfo method) =>
        new(
            method.DeclaringType?.Assembly.GetName().Name,
            new Messages.JavaMethod(method.DeclaringType?.FullName ?? "?", method.Name, [.. method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name)]),
            null,
            null);
}
