using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>
/// The post-run checks of the transfer profiles, all read back through the API: every acknowledged transfer is in
/// the ledger exactly once with its payload, every rejected one is absent, unanswered ones are present at most once,
/// duplicates were applied once, and every wallet's balance moved by exactly the transfers that happened.
/// </summary>
public sealed partial class TransferVerifier(EclipseAdmin admin, WalletTable wallets, TransferBook book, VerifyMode mode)
{
    /// <summary>Violations listed by name in the report (all are counted).</summary>
    public const int ListedViolations = 20;

    /// <summary>The engine refuses larger offsets; a wallet with more entries cannot be paged through completely.</summary>
    public const int MaxOffset = 1_000_000;

    private const int Parallelism = 4;

    public async Task<IReadOnlyList<ReportSection>> VerifyAsync(CancellationToken cancellationToken)
    {
        var records = book.AllRecords();
        var keys = Index(records);
        var incomplete = mode.IsFull ? await ObserveAllAsync(keys, records, cancellationToken) : await ObserveSampleAsync(keys, records, cancellationToken);
        var violations = new List<string>(incomplete);
        var (keySection, effective) = Evaluate(keys, records, violations);
        var balances = await CheckBalancesAsync(effective, cancellationToken);
        return [keySection, balances];
    }

    private static Dictionary<Guid, KeyState> Index(TransferRecord[] records)
    {
        var keys = new Dictionary<Guid, KeyState>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, records[i].Key, out var exists);
            if (!exists)
            {
                state.First = i;
                state.Acked = -1;
            }

            state.Sends++;
            switch (records[i].Outcome)
            {
                case TransferOutcome.Acknowledged when state.Acked < 0:
                    state.Acked = i;
                    break;
                case TransferOutcome.Acknowledged:
                    state.AckedTwoPayloads |= !records[state.Acked].SamePayload(records[i]);
                    break;
                case TransferOutcome.Unknown:
                    state.AnyUnknown = true;
                    break;
            }
        }

        return keys;
    }

    /// <summary>Pages through every destination wallet's transactions and counts the credit entries of each key.</summary>
    private async Task<List<string>> ObserveAllAsync(Dictionary<Guid, KeyState> keys, TransferRecord[] records, CancellationToken cancellationToken)
    {
        foreach (var key in keys.Keys)
        {
            CollectionsMarshal.GetValueRefOrNullRef(keys, key).Checked = true;
        }

        var incomplete = new List<string>();
        var destinations = records.Select(r => r.To).Distinct().ToList();
        await Parallel.ForEachAsync(destinations, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (index, ct) =>
        {
            var wallet = wallets[index];
            for (var offset = 0; ; offset += EclipseAdmin.TransactionsPageSize)
            {
                if (offset > MaxOffset)
                {
                    lock (incomplete)
                    {
                        incomplete.Add($"wallet {wallet.WalletId} has more than {MaxOffset} entries and cannot be paged through; use --verify sample:N");
                    }

                    return;
                }

                var page = await admin.TransactionsAsync(wallet.TenantId, wallet.WalletId, offset, EclipseAdmin.TransactionsPageSize, null, ct);
                lock (keys)
                {
                    foreach (var item in page)
                    {
                        Observe(keys, item);
                    }
                }

                if (page.Count < EclipseAdmin.TransactionsPageSize)
                {
                    return;
                }
            }
        });
        return incomplete;
    }

    /// <summary>Looks up sampled acknowledged and rejected keys, and every unanswered one, by externalUniqueId.</summary>
    private async Task<List<string>> ObserveSampleAsync(Dictionary<Guid, KeyState> keys, TransferRecord[] records, CancellationToken cancellationToken)
    {
        var size = mode.SampleSize!.Value;
        var acked = keys.Where(k => k.Value.Acked >= 0).Select(k => k.Key).ToList();
        var rejected = keys.Where(k => k.Value.Acked < 0 && !k.Value.AnyUnknown).Select(k => k.Key).ToList();
        var unknown = keys.Where(k => k.Value.Acked < 0 && k.Value.AnyUnknown).Select(k => k.Key);
        var chosen = Sample(acked, size).Concat(Sample(rejected, size)).Concat(unknown).ToList();
        await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (key, ct) =>
        {
            TransferRecord first;
            lock (keys)
            {
                ref var state = ref CollectionsMarshal.GetValueRefOrNullRef(keys, key);
                state.Checked = true;
                first = records[state.Acked >= 0 ? state.Acked : state.First];
            }

            var wallet = wallets[first.To];
            var page = await admin.TransactionsAsync(wallet.TenantId, wallet.WalletId, 0, 10, key.ToString(), ct);
            lock (keys)
            {
                foreach (var item in page)
                {
                    Observe(keys, item);
                }
            }
        });
        return [];
    }

    private static IEnumerable<Guid> Sample(List<Guid> keys, int size)
    {
        // Evenly spread over the run (records are in send order per copy), deterministic.
        if (keys.Count <= size)
        {
            return keys;
        }

        var step = keys.Count / (double)size;
        return Enumerable.Range(0, size).Select(i => keys[(int)(i * step)]);
    }

    private static void Observe(Dictionary<Guid, KeyState> keys, TransactionInfo item)
    {
        if (item.Amount <= 0 || item.ExternalUniqueId is null || !Guid.TryParse(item.ExternalUniqueId, out var key))
        {
            return;
        }

        ref var state = ref CollectionsMarshal.GetValueRefOrNullRef(keys, key);
        if (Unsafe.IsNullRef(ref state) || !state.Checked)
        {
            return;
        }

        if (++state.Found == 1)
        {
            state.SeenWallet = item.WalletId;
            state.SeenOther = item.OtherWalletId ?? 0;
            state.SeenAmountNanos = Nanos.From(item.Amount);
        }
    }

    private async Task<ReportSection> CheckBalancesAsync(List<TransferRecord> effective, CancellationToken cancellationToken)
    {
        var expected = wallets.All.Select(w => w.InitialBalanceNanos).ToArray();
        foreach (var r in effective)
        {
            expected[r.From] -= r.AmountNanos;
            expected[r.To] += r.AmountNanos;
        }

        var actual = await BalanceReader.ReadAsync(admin, wallets.All.Select(w => w.TenantId), cancellationToken);
        var mismatches = new List<string>();
        for (var i = 0; i < wallets.Count; i++)
        {
            var w = wallets[i];
            var now = actual.TryGetValue(w.WalletId, out var b) ? b : long.MinValue;
            if (now != expected[i])
            {
                mismatches.Add(now == long.MinValue
                    ? $"wallet {w.WalletId}: not found"
                    : $"wallet {w.WalletId}: balance {Nanos.ToDecimal(now)} {w.Currency}, expected {Nanos.ToDecimal(expected[i])} (before the run {Nanos.ToDecimal(w.InitialBalanceNanos)})");
            }
        }

        var rows = new List<(string, string)>
        {
            ("wallets checked", Fmt.Int(wallets.Count)),
            ("transfers that moved money (acknowledged + unanswered but present)", Fmt.Int(effective.Count)),
            ("mismatches", Fmt.Int(mismatches.Count)),
            ("assumes", "nothing else moved these wallets during the run"),
        };
        rows.AddRange(mismatches.Take(ListedViolations).Select((m, i) => ($"mismatch {i + 1}", m)));
        return ReportSection.Check("Wallet balances moved by exactly the transfers that happened", mismatches.Count == 0, [.. rows]);
    }
}
