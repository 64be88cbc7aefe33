using System.Text;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// <c>/sim/v1/rules</c> (simulator admin): GET the active rule set; PUT a rule document (JSON, or YAML with a YAML
/// content type) that replaces the runtime layer, validated like a file — refused with 400 and the envelope naming
/// file, rule and position, the previous rules staying active; DELETE the runtime layer; POST <c>/reload</c> to
/// re-read the rule files now.
/// </summary>
public static class RulesApi
{
    private const int MaxProblemsInEnvelope = 5;

    public static IEndpointRouteBuilder MapRulesControl(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.ControlPath + "/rules").RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");

        group.MapGet("", (RulesRuntime runtime, BehaviourApplier applier, SimulatorSettingsApplier settings) => Results.Ok(RuleSetView.Of(runtime, applier, settings)))
            .WithSummary("The active rule set: files, version, policies, config items, rules, behaviours, last refusal");

        group.MapPut("", async (HttpRequest request, RulesRuntime runtime, BehaviourApplier applier, SimulatorSettingsApplier settings, CancellationToken ct) =>
            {
                var yaml = request.ContentType is { } type && type.Contains("yaml", StringComparison.OrdinalIgnoreCase);
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var text = await reader.ReadToEndAsync(ct);
                if (text.Length > RuleFileReader.MaxBytes)
                {
                    return ApiError.Validation("The rule document is too large").ToResult();
                }

                var source = new RuleSource(yaml ? "runtime.yaml" : "runtime.json", text, RuleLayer.Runtime);
                return ToResult(await runtime.ReplaceRuntimeAsync(source, ct), runtime, applier, settings);
            })
            .WithSummary("Replace the runtime rule document (JSON, or YAML with Content-Type application/yaml)");

        group.MapDelete("", async (RulesRuntime runtime, BehaviourApplier applier, SimulatorSettingsApplier settings, CancellationToken ct) =>
                ToResult(await runtime.ReplaceRuntimeAsync(null, ct), runtime, applier, settings))
            .WithSummary("Remove the runtime rule document (the rule files stay)");

        group.MapPost("/reload", async (RulesRuntime runtime, BehaviourApplier applier, SimulatorSettingsApplier settings, CancellationToken ct) =>
                ToResult(await runtime.ReloadAsync(ct), runtime, applier, settings))
            .WithSummary("Re-read the rule files now");
        return app;
    }

    /// <summary>The envelope for a refused rule document: every problem (up to five) with file, rule and position.</summary>
    public static ApiError Refusal(IReadOnlyList<RuleProblem> problems)
    {
        var text = string.Join("; ", problems.Take(MaxProblemsInEnvelope));
        if (problems.Count > MaxProblemsInEnvelope)
        {
            text += $"; and {problems.Count - MaxProblemsInEnvelope} more (GET /sim/v1/rules lists them)";
        }

        return ApiError.Validation("Rules refused, the previous rules stay active: " + text);
    }

    private static IResult ToResult(RuleReloadResult result, RulesRuntime runtime, BehaviourApplier applier, SimulatorSettingsApplier settings) =>
        result.Accepted ? Results.Ok(RuleSetView.Of(runtime, applier, settings)) : Refusal(result.Problems).ToResult();
}
