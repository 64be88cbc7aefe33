using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control.Faults;

/// <summary>
/// The upstream simulators on the control plane: list them, read their request journals, and add, list and remove
/// faults per upstream and per request match at run time. Rule-file behaviours show up as faults with source
/// <c>rules</c>; clearing faults keeps them (they are reapplied) — change the rule files to remove those.
/// </summary>
public static class FaultsApi
{
    public static IEndpointRouteBuilder MapFaults(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.ControlPath).RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");

        group.MapGet("/simulators", (SimulatorSet set) =>
            Results.Ok(set.All.Select(s => new SimulatorView(s.Name, s.BaseUrl, s.Faults.List().Count, s.Journal.Entries().Count)).ToList()));

        group.MapGet("/simulators/{name}/journal", (string name, int? last, SimulatorSet set) =>
            set.TryGet(name, out var simulator)
                ? Results.Ok(simulator!.Journal.Entries(Math.Clamp(last ?? 100, 1, 1_000)))
                : ApiError.NotFound($"Simulator '{name}'").ToResult());

        group.MapGet("/faults", (string? upstream, SimulatorSet set) =>
        {
            if (upstream is not null && !set.TryGet(upstream, out _))
            {
                return ApiError.NotFound($"Simulator '{upstream}'").ToResult();
            }

            return Results.Ok(set.All.Where(s => upstream is null || s.Name == upstream)
                .SelectMany(s => s.Faults.List().Select(f => FaultView.From(s.Name, f))).ToList());
        });

        group.MapPost("/faults", (FaultRequest body, SimulatorSet set, TimeProvider time) =>
        {
            var (error, upstream, spec) = ToSpec(body, set, time);
            if (error is not null)
            {
                return error.ToResult();
            }

            var added = set[upstream!].AddFault(spec!);
            return Results.Created($"{EclipseApi.ControlPath}/faults/{upstream}/{added.Id}", FaultView.From(upstream!, added));
        });

        group.MapDelete("/faults/{upstream}/{id}", (string upstream, string id, SimulatorSet set) =>
            set.TryGet(upstream, out var simulator) && simulator!.Faults.Remove(id)
                ? Results.NoContent()
                : ApiError.NotFound($"Fault '{id}' on '{upstream}'").ToResult());

        group.MapDelete("/faults", (string? upstream, SimulatorSet set, BehaviourApplier behaviours) =>
        {
            foreach (var simulator in set.All.Where(s => upstream is null || s.Name == upstream))
            {
                simulator.Faults.Clear();
            }

            behaviours.Reapply();
            return Results.NoContent();
        });
        return app;
    }

    private static (ApiError? Error, string? Upstream, FaultSpec? Spec) ToSpec(FaultRequest body, SimulatorSet set, TimeProvider time)
    {
        if (body.Upstream is null || !set.TryGet(body.Upstream, out _))
        {
            return (ApiError.Validation($"upstream must be one of: {string.Join(", ", set.All.Select(s => s.Name))}"), null, null);
        }

        if (body.Outcome?.Kind is null || !Enum.TryParse<FaultKind>(body.Outcome.Kind, ignoreCase: true, out var kind))
        {
            return (ApiError.Validation($"outcome.kind must be one of: {string.Join(", ", Enum.GetNames<FaultKind>())}"), null, null);
        }

        if (body.Id is { } id && id.StartsWith("rules.", StringComparison.Ordinal))
        {
            return (ApiError.Validation("ids starting with 'rules.' belong to rule-file behaviours"), null, null);
        }

        if (body.Outcome.DelayMs is < 0 or > 600_000 || body.DurationSeconds is <= 0 or > 31_536_000)
        {
            return (ApiError.Validation("outcome.delayMs must be 0-600000 and durationSeconds 1-31536000"), null, null);
        }

        var o = body.Outcome;
        var spec = new FaultSpec
        {
            Id = body.Id,
            Match = body.Match ?? FaultMatch.Any,
            Outcome = new FaultOutcome
            {
                Kind = kind,
                Delay = TimeSpan.FromMilliseconds(o.DelayMs ?? 0),
                ProcessFirst = o.ProcessFirst ?? false,
                StatusCode = o.StatusCode ?? 0,
                Body = o.Body,
                ContentType = o.ContentType,
                ErrorCode = o.ErrorCode,
                ErrorMessage = o.ErrorMessage,
            },
            Count = body.Count,
            Until = body.Until ?? (body.DurationSeconds is { } seconds ? time.GetUtcNow().AddMilliseconds((double)(seconds * 1000m)) : null),
            Description = body.Description,
        };
        var problems = spec.Validate();
        return problems.Count > 0 ? (ApiError.Validation(string.Join(" ", problems)), null, null) : (null, body.Upstream, spec);
    }
}
