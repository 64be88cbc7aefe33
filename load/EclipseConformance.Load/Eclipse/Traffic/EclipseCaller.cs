using System.Runtime.CompilerServices;

namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>
/// Authorised calls of one scenario: each copy uses its own session's token, renewed before it expires; a 401 (the
/// token was revoked or expired anyway) means nothing happened, so the copy logs in again and sends the request once
/// more, inside the same measured invocation.
/// </summary>
public sealed class EclipseCaller(EclipseChannel channel, EclipseSession[] sessions)
{
    public int Copies => sessions.Length;

    public EclipseSession Session(int copy) => sessions[copy];

    private int _relogins;

    /// <summary>Logins after a 401 during the run.</summary>
    public int Relogins => Volatile.Read(ref _relogins);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<Reply> CallAsync(IScenarioContext context, string method, string path, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = sessions[context.ScenarioInfo.InstanceNumber];
        await session.EnsureFreshAsync(context.ScenarioCancellationToken);
        var reply = await channel.SendAsync(context, method, path, session.Authorization, body);
        if (reply.Status == 401)
        {
            await session.LoginAsync(context.ScenarioCancellationToken);
            Interlocked.Increment(ref _relogins);
            reply = await channel.SendAsync(context, method, path, session.Authorization, body);
        }

        return reply;
    }
}
