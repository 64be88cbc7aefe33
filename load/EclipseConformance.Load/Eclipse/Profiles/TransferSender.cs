using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Eclipse.Verification;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// Sends transfers for one scenario (<c>POST /tenants/{caller's tenant}/wallets/transfers</c>) and records every one
/// with its answer in the run's book: 2xx acknowledged, any other status rejected, no answer unknown.
/// </summary>
public sealed class TransferSender
{
    private readonly EclipseCaller _caller;
    private readonly WalletTable _wallets;
    private readonly string[] _paths;
    private readonly byte[][] _bodies;
    private readonly byte[] _description;

    public TransferSender(EclipseCaller caller, WalletTable wallets, TransferLog log, string description)
    {
        ArgumentNullException.ThrowIfNull(caller);
        _caller = caller;
        _wallets = wallets;
        Log = log;
        _description = Encoding.ASCII.GetBytes(description);
        _paths = [.. Enumerable.Range(0, caller.Copies).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"eclipse-conductor/rest/v1/tenants/{caller.Session(i).Identity.TenantId}/wallets/transfers"))];
        _bodies = [.. Enumerable.Range(0, caller.Copies).Select(_ => new byte[TransferJson.MaxLength])];
    }

    public TransferLog Log { get; }

    public EclipseCaller Caller => _caller;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<Reply> SendAsync(IScenarioContext context, int from, int to, long cents, Guid key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var copy = context.ScenarioInfo.InstanceNumber;
        var body = _bodies[copy];
        var length = TransferJson.Write(body, _wallets[from].WalletId, _wallets[to].WalletId, cents, _description, key);
        var nanos = cents * Nanos.PerCent;
        Reply reply;
        try
        {
            reply = await _caller.CallAsync(context, "POST", _paths[copy], body.AsMemory(0, length));
        }
        catch
        {
            Log.Record(copy, new TransferRecord(key, from, to, nanos, TransferOutcome.Unknown, 0));
            throw;
        }

        Log.Record(copy, new TransferRecord(key, from, to, nanos, reply.IsSuccess ? TransferOutcome.Acknowledged : TransferOutcome.Rejected, (short)reply.Status));
        return reply;
    }
}
