using System.Xml;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control;

/// <summary>The virtual clock on the control plane: read it, advance it, or jump to a future instant.</summary>
public static class ClockApi
{
    private static readonly TimeSpan MaxStep = TimeSpan.FromDays(3_650);

    public static IEndpointRouteBuilder MapClock(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.ControlPath + "/clock").RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");
        group.MapGet("", (VirtualClock clock) => Results.Ok(Describe(clock)));
        group.MapPost("/advance", (ClockChange body, VirtualClock clock) =>
        {
            if (!TryDuration(body, out var by))
            {
                return ApiError.Validation("Give 'by' as an ISO-8601 duration (e.g. PT16M) or 'seconds' as a positive number, at most 10 years").ToResult();
            }

            clock.Advance(by);
            return Results.Ok(Describe(clock));
        });
        group.MapPost("/set", (ClockChange body, VirtualClock clock) =>
        {
            if (body.To is not { } to || to < clock.GetUtcNow() || to - clock.GetUtcNow() > MaxStep)
            {
                return ApiError.Validation("'to' must be an ISO-8601 instant not before the current virtual time (the clock only moves forward)").ToResult();
            }

            clock.Set(to);
            return Results.Ok(Describe(clock));
        });
        return app;
    }

    private static ClockResponse Describe(VirtualClock clock) =>
        new(Timestamps.ToWire(clock.GetUtcNow()), clock.GetUtcNow().ToUnixTimeMilliseconds(), clock.Mode.ToString().ToUpperInvariant());

    private static bool TryDuration(ClockChange body, out TimeSpan by)
    {
        by = TimeSpan.Zero;
        try
        {
            if (body.By is { } iso)
            {
                by = XmlConvert.ToTimeSpan(iso);
            }
            else if (body.Seconds is { } seconds && seconds <= (decimal)MaxStep.TotalSeconds)
            {
                by = TimeSpan.FromMilliseconds((double)decimal.Round(seconds * 1000m));
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            // OverflowException: a well-formed duration beyond TimeSpan's range (e.g. P99999999Y).
            return false;
        }

        return by > TimeSpan.Zero && by <= MaxStep;
    }
}
