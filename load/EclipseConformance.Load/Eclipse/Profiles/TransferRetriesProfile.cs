using System.Globalization;
using System.Text;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// <c>transfer-retries</c>: fresh transfers with duplicate externalUniqueIds mixed in, as four scenarios —
/// <c>transfer</c> (fresh keys), <c>repeat</c> (an acknowledged transfer sent again with the same payload: must answer
/// 2xx and change nothing), <c>race</c> (another copy's latest transfer, possibly still in flight, sent again with
/// the same payload) and <c>conflict</c> (an acknowledged key reused with a different amount: must answer 409 and
/// change nothing). The checks then require every key to be applied at most once, with its acknowledged payload.
/// </summary>
public sealed class TransferRetriesProfile : EclipseProfile
{
    public const string Fresh = "transfer";
    public const string Repeat = "repeat";
    public const string Race = "race";
    public const string Conflict = "conflict";
    public const string SeedLog = "seed";
    public const int DefaultWallets = 200;

    private const int SeedsPerTenant = 16;
    private const string TransferDescription = "load transfer-retries";
    private static readonly (string Name, int Weight)[] Mix = [(Fresh, 75), (Repeat, 12), (Race, 8), (Conflict, 5)];

    public override string Name => "transfer-retries";

    public override string Description => "transfers with duplicate externalUniqueIds mixed in: same-payload repeats, racing repeats and conflicting reuses";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 2000,
        Duration = TimeSpan.FromSeconds(30),
        WarmUp = TimeSpan.FromSeconds(3),
        Concurrency = 64,
        Model = LoadModel.Open,
        Thresholds = [Threshold.MaxErrorPercent(0), Threshold.MaxDroppedPercent(1)],
        EchoRatioScenario = Fresh,
    };

    protected override async Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = run.Context.Options;
        var spread = await WalletSpread.CreateAsync(run, options.Eclipse.Wallets ?? DefaultWallets, cancellationToken);
        var pools = WalletSpread.Tenants.ToDictionary(t => t, _ => new RecentTransfers(4096));
        var senders = new Dictionary<string, TransferSender>();
        foreach (var (name, _) in Mix)
        {
            var caller = await run.NewCallerAsync(copy => WalletSpread.IdentityOf(run, copy), cancellationToken);
            senders[name] = new TransferSender(caller, run.Wallets, run.Book.NewLog(name, caller.Copies), TransferDescription);
        }

        await run.MarkStartAsync(cancellationToken);
        await SeedAsync(run, spread, pools, cancellationToken);

        var copies = senders[Fresh].Caller.Copies;
        var inFlight = new SentTransfer?[copies];
        var random = Enumerable.Range(0, Mix.Length).Select(s => Enumerable.Range(0, copies).Select(c => run.RandomFor(s, c)).ToArray()).ToArray();
        var total = Mix.Sum(m => m.Weight);

        var fresh = Scenario.Create(Fresh, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var (from, to, cents) = Next(spread, ref random[0][copy], copy);
            var sent = new SentTransfer(run.NewKey(), from, to, cents);
            Volatile.Write(ref inFlight[copy], sent);
            var reply = await senders[Fresh].SendAsync(context, from, to, cents, sent.Key);
            if (reply.IsSuccess)
            {
                pools[WalletSpread.TenantOf(copy)].Add(sent);
            }

            return reply.ToResponse();
        });
        var repeat = Scenario.Create(Repeat, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var sent = pools[WalletSpread.TenantOf(copy)].Pick(random[1][copy].Next())!;
            return (await senders[Repeat].SendAsync(context, sent.From, sent.To, sent.Cents, sent.Key)).ToResponse();
        });
        var race = Scenario.Create(Race, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var sent = LatestOfSameTenant(inFlight, copy, ref random[2][copy]) ?? pools[WalletSpread.TenantOf(copy)].Pick(random[2][copy].Next())!;
            return (await senders[Race].SendAsync(context, sent.From, sent.To, sent.Cents, sent.Key)).ToResponse();
        });
        var conflict = Scenario.Create(Conflict, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var sent = pools[WalletSpread.TenantOf(copy)].Pick(random[3][copy].Next())!;
            var reply = await senders[Conflict].SendAsync(context, sent.From, sent.To, sent.Cents + 1, sent.Key);
            return reply.Status == 409 ? Response.Ok("409", reply.Bytes, "conflict refused as expected")
                : reply.IsSuccess ? Response.Fail(Http.Http.StatusCodeText(reply.Status), "a conflicting reuse of a key was acknowledged", reply.Bytes)
                : reply.ToResponse();
        });

        return [.. new[] { fresh, repeat, race, conflict }.Select((s, i) =>
            s.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(LoadShare.Of(options, Mix[i].Weight, total)))];
    }

    protected override IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        var repeats = Counts(run.Book.Find(Repeat));
        var races = Counts(run.Book.Find(Race));
        var conflicts = Counts(run.Book.Find(Conflict));
        var repeatsRefused = repeats.Total - repeats.Ok - repeats.Unavailable - repeats.Unanswered;
        var conflictsAccepted = conflicts.Ok;
        var passed = repeats.Total > 0 && conflicts.Total > 0 && repeatsRefused == 0 && conflictsAccepted == 0;
        yield return ReportSection.Check("Duplicates and conflicts answered as the first request did", passed,
            ("same-payload repeats of acknowledged transfers", $"{Fmt.Int(repeats.Total)} sent: {Fmt.Int(repeats.Ok)} answered 2xx, {Fmt.Int(repeatsRefused)} refused (must be 0), {Fmt.Int(repeats.Unavailable)} 503, {Fmt.Int(repeats.Unanswered)} unanswered"),
            ("racing repeats (another copy's latest, maybe in flight)", $"{Fmt.Int(races.Total)} sent: {Fmt.Int(races.Ok)} answered 2xx, {Fmt.Int(races.Total - races.Ok)} other"),
            ("conflicting reuses (same key, amount + 0.01)", $"{Fmt.Int(conflicts.Total)} sent: {Fmt.Int(conflicts.Conflict)} answered 409, {Fmt.Int(conflictsAccepted)} answered 2xx (must be 0), {Fmt.Int(conflicts.Total - conflicts.Conflict - conflictsAccepted)} other"),
            ("seed transfers (so repeats and conflicts have keys from the start)", Fmt.Int(run.Book.Find(SeedLog)?.Count ?? 0)),
            ("applied once", "checked per key in \"Transfers: acknowledged present exactly once, rejected absent\""));
    }

    private static (long Total, long Ok, long Conflict, long Unavailable, long Unanswered) Counts(TransferLog? log)
    {
        var records = log?.Records.ToList() ?? [];
        return (records.Count, records.Count(r => r.Outcome == TransferOutcome.Acknowledged), records.Count(r => r.Status == 409),
            records.Count(r => r.Status == 503), records.Count(r => r.Outcome == TransferOutcome.Unknown));
    }

    private static (int From, int To, long Cents) Next(WalletSpread spread, ref SplitMix64 random, int copy)
    {
        var (from, to) = spread.Pair(ref random, copy);
        return (from, to, random.Between(1, TransferScenario.MaxCents));
    }

    /// <summary>The latest transfer of a random "transfer" copy acting for the same tenant (copies alternate tenants).</summary>
    private static SentTransfer? LatestOfSameTenant(SentTransfer?[] inFlight, int copy, ref SplitMix64 random)
    {
        var parity = copy % WalletSpread.Tenants.Length;
        var sameTenant = (inFlight.Length - parity + WalletSpread.Tenants.Length - 1) / WalletSpread.Tenants.Length;
        return sameTenant == 0 ? null : Volatile.Read(ref inFlight[(random.Below(sameTenant) * WalletSpread.Tenants.Length) + parity]);
    }

    /// <summary>A few acknowledged transfers per tenant before the run, so repeats and conflicts have keys from the first request.</summary>
    private static async Task SeedAsync(EclipseRun run, WalletSpread spread, Dictionary<long, RecentTransfers> pools, CancellationToken cancellationToken)
    {
        var log = run.Book.NewLog(SeedLog, 1);
        var description = Encoding.ASCII.GetBytes(TransferDescription);
        var random = run.RandomFor(15, 0);
        var body = new byte[TransferJson.MaxLength];
        for (var t = 0; t < WalletSpread.Tenants.Length; t++)
        {
            var tenant = WalletSpread.Tenants[t];
            var session = (await run.LoginAsync(1, _ => run.TenantUser(tenant), cancellationToken))[0];
            for (var i = 0; i < SeedsPerTenant; i++)
            {
                var (from, to, cents) = Next(spread, ref random, t);
                var sent = new SentTransfer(run.NewKey(), from, to, cents);
                var length = TransferJson.Write(body, run.Wallets[from].WalletId, run.Wallets[to].WalletId, cents, description, sent.Key);
                using var request = new HttpRequestMessage(HttpMethod.Post, string.Create(CultureInfo.InvariantCulture, $"eclipse-conductor/rest/v1/tenants/{tenant}/wallets/transfers"))
                {
                    Content = new ByteArrayContent(body, 0, length) { Headers = { ContentType = new("application/json") } },
                };
                request.Headers.TryAddWithoutValidation("Authorization", session.Authorization);
                using var response = await run.Context.Http.Client.SendAsync(request, cancellationToken);
                var ok = response.IsSuccessStatusCode;
                log.Record(0, new TransferRecord(sent.Key, from, to, cents * Nanos.PerCent, ok ? TransferOutcome.Acknowledged : TransferOutcome.Rejected, (short)response.StatusCode));
                if (ok)
                {
                    pools[tenant].Add(sent);
                }
            }

            if (pools[tenant].Added == 0)
            {
                throw new InvalidOperationException($"No seed transfer was acknowledged in tenant {tenant}; the repeats would have nothing to repeat.");
            }
        }
    }
}
