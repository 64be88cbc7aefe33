using System.Text;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// One generated request to a destructive control route. The body may depend on the virtual time just before it is
/// sent (a <c>clock/set</c> one second in the past). <see cref="MustReject"/> cases are certainly invalid: the engine
/// must refuse them; the others may be accepted and then change state.
/// </summary>
public sealed record ControlCase(ApiOperation Operation, string Path, Func<DateTimeOffset, string>? Body, string? ContentType, string Why, bool MustReject)
{
    public HostileRequest Build(DateTimeOffset now) =>
        new(Operation, Path, Body is null ? null : Encoding.UTF8.GetBytes(Body(now)), ContentType, (MustReject ? "must reject: " : "may accept: ") + Why);
}
