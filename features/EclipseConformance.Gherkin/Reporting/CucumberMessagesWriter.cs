using System.Text;
using System.Text.Json;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Runtime;
using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Reporting;

/// <summary>
/// Cucumber messages as NDJSON, one envelope per line, in protocol order: meta; per feature source, gherkinDocument
/// and pickles (or parseError); stepDefinitions and hooks; testRunStarted; testCases (and suggestions for undefined
/// steps); per scenario testCaseStarted, testStepStarted/Finished, attachments, testCaseFinished; testRunFinished.
/// </summary>
internal static class CucumberMessagesWriter
{
    private const string RunId = "test-run";

    public static void Write(RunReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        void Emit(Messages.Envelope envelope) => writer.WriteLine(JsonSerializer.Serialize(envelope, MessagesJson.Options));

        Emit(Messages.Envelope.Create(MessageFactory.Meta()));
        foreach (var feature in report.Features.Features)
        {
            Emit(Messages.Envelope.Create(FeatureLoader.ToSource(feature)));
            Emit(Messages.Envelope.Create(feature.Document));
            foreach (var pickle in feature.Pickles)
                Emit(Messages.Envelope.Create(pickle));
        }

        foreach (var error in report.Features.Errors)
        {
            var where = new Messages.SourceReference(error.Uri, null, null, new Messages.Location(error.Line, null));
            Emit(Messages.Envelope.Create(new Messages.ParseError(where, error.Message)));
        }

        foreach (var definition in report.Bindings.StepDefinitions)
            Emit(Messages.Envelope.Create(MessageFactory.StepDefinition(definition)));
        foreach (var hook in report.Bindings.Hooks.Where(h => MessageFactory.MessageHookType(h.Type) is not null))
            Emit(Messages.Envelope.Create(MessageFactory.Hook(hook)));

        Emit(Messages.Envelope.Create(new Messages.TestRunStarted(MessageFactory.Timestamp(report.StartedAt), RunId)));
        foreach (var result in report.Results)
        {
            Emit(Messages.Envelope.Create(MessageFactory.TestCase(result, RunId)));
            foreach (var suggestion in MessageFactory.Suggestions(result, report.Bindings))
                Emit(Messages.Envelope.Create(suggestion));
        }

        foreach (var hook in report.RunHooks.Where(h => IsBeforeRun(report, h)))
            EmitRunHook(Emit, hook);

        foreach (var result in report.Results)
            EmitScenario(Emit, result);

        foreach (var hook in report.RunHooks.Where(h => !IsBeforeRun(report, h)))
            EmitRunHook(Emit, hook);

        Emit(Messages.Envelope.Create(new Messages.TestRunFinished(
            report.Success ? null : "Some scenarios did not pass.", report.Success, MessageFactory.Timestamp(report.FinishedAt), null, RunId)));
    }

    private static void EmitScenario(Action<Messages.Envelope> emit, ScenarioResult result)
    {
        var startedId = MessageFactory.TestCaseStartedId(result);
        emit(Messages.Envelope.Create(new Messages.TestCaseStarted(
            0, startedId, MessageFactory.TestCaseId(result), result.WorkerId, MessageFactory.Timestamp(result.StartedAt))));
        foreach (var step in result.Steps)
        {
            emit(Messages.Envelope.Create(new Messages.TestStepStarted(startedId, step.Id, MessageFactory.Timestamp(step.StartedAt))));
            foreach (var attachment in result.Attachments.Where(a => a.TestStepId == step.Id))
                emit(Messages.Envelope.Create(MessageFactory.Attachment(attachment, startedId)));
            emit(Messages.Envelope.Create(new Messages.TestStepFinished(
                startedId, step.Id, MessageFactory.StepResult(step), MessageFactory.Timestamp(step.StartedAt + step.Duration))));
        }

        foreach (var attachment in result.Attachments.Where(a => a.TestStepId is null))
            emit(Messages.Envelope.Create(MessageFactory.Attachment(attachment, startedId)));
        emit(Messages.Envelope.Create(new Messages.TestCaseFinished(startedId, MessageFactory.Timestamp(result.FinishedAt), false)));
    }

    private static void EmitRunHook(Action<Messages.Envelope> emit, RunHookResult hook)
    {
        var id = "run-" + hook.HookId;
        emit(Messages.Envelope.Create(new Messages.TestRunHookStarted(id, RunId, hook.HookId, null, MessageFactory.Timestamp(hook.StartedAt))));
        var result = new Messages.TestStepResult(
            MessageFactory.Duration(hook.Duration), hook.Message, MessageFactory.Status(hook.Status), null);
        emit(Messages.Envelope.Create(new Messages.TestRunHookFinished(id, result, MessageFactory.Timestamp(hook.StartedAt + hook.Duration))));
    }

    private static bool IsBeforeRun(RunReport report, RunHookResult hook) =>
        report.Bindings.Hooks.FirstOrDefault(h => h.Id == hook.HookId)?.Type == HookType.BeforeTestRun;
}
