using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>The per-key judgement: what each key's sends and the ledger's entries add up to.</summary>
public sealed partial class TransferVerifier
{
    private (ReportSection Section, List<TransferRecord> Effective) Evaluate(Dictionary<Guid, KeyState> keys, TransferRecord[] records, List<string> violations)
    {
        var c = new KeyCounts();
        var effective = new List<TransferRecord>(records.Length);
        ILookup<Guid, int>? multi = null;
        foreach (var (key, state) in keys)
        {
            if (state.Sends > 1)
            {
                c.Repeated++;
            }

            if (state.Acked >= 0)
            {
                var ack = records[state.Acked];
                effective.Add(ack);
                c.Acked++;
                if (state.AckedTwoPayloads)
                {
                    violations.Add($"{key}: two different payloads were both acknowledged");
                }

                if (!state.Checked)
                {
                    continue;
                }

                c.AckedChecked++;
                if (state.Found == 0)
                {
                    violations.Add($"{key}: acknowledged but not in the ledger");
                }
                else if (state.Found > 1)
                {
                    violations.Add($"{key}: acknowledged, present {state.Found} times");
                }
                else if (!Matches(state, ack))
                {
                    violations.Add($"{key}: acknowledged, but the ledger holds a different payload");
                }
                else
                {
                    c.AckedOnce++;
                    c.RepeatedOnce += state.Sends > 1 ? 1 : 0;
                }
            }
            else if (state.AnyUnknown)
            {
                c.Unknown++;
                if (state.Found == 0)
                {
                    c.UnknownAbsent++;
                    continue;
                }

                multi ??= records.Select((r, i) => (r.Key, i)).Where(p => keys[p.Key].Sends > 1).ToLookup(p => p.Key, p => p.i);
                var candidates = state.Sends == 1 ? [state.First] : multi[key];
                var match = candidates.Where(i => Matches(state, records[i])).Select(i => (int?)i).FirstOrDefault();
                if (state.Found == 1 && match is { } m)
                {
                    c.UnknownPresent++;
                    effective.Add(records[m]);
                }
                else
                {
                    violations.Add($"{key}: unanswered, present {state.Found} times{(match is null ? " with a payload never sent" : string.Empty)}");
                }
            }
            else
            {
                c.Rejected++;
                if (!state.Checked)
                {
                    continue;
                }

                c.RejectedChecked++;
                if (state.Found == 0)
                {
                    c.RejectedAbsent++;
                }
                else
                {
                    violations.Add($"{key}: rejected (HTTP {records[state.First].Status}) but present {state.Found} times");
                }
            }
        }

        var rows = new List<(string, string)>
        {
            ("verification", mode.IsFull ? "full: every destination wallet's transactions paged through" : $"{mode}: sampled keys looked up by externalUniqueId"),
            ("transfer requests sent", Fmt.Int(records.Length)),
            ("distinct externalUniqueIds", Fmt.Int(keys.Count)),
            ("acknowledged (2xx) keys: checked / present exactly once", $"{Fmt.Int(c.Acked)}: {Fmt.Int(c.AckedChecked)} / {Fmt.Int(c.AckedOnce)}"),
            ("rejected keys: checked / absent", $"{Fmt.Int(c.Rejected)}: {Fmt.Int(c.RejectedChecked)} / {Fmt.Int(c.RejectedAbsent)}"),
            ("unanswered keys: present once / absent", $"{Fmt.Int(c.Unknown)}: {Fmt.Int(c.UnknownPresent)} / {Fmt.Int(c.UnknownAbsent)}"),
            ("keys sent more than once: acknowledged and applied once", $"{Fmt.Int(c.Repeated)}: {Fmt.Int(c.RepeatedOnce)}"),
            ("violations", Fmt.Int(violations.Count)),
        };
        rows.AddRange(violations.Take(ListedViolations).Select((v, i) => ($"violation {i + 1}", v)));
        return (ReportSection.Check("Transfers: acknowledged present exactly once, rejected absent", violations.Count == 0, [.. rows]), effective);
    }

    private bool Matches(KeyState state, TransferRecord record) =>
        state.SeenWallet == wallets[record.To].WalletId && state.SeenOther == wallets[record.From].WalletId && state.SeenAmountNanos == record.AmountNanos;

    private sealed class KeyCounts
    {
        public long Acked;
        public long AckedChecked;
        public long AckedOnce;
        public long Rejected;
        public long RejectedChecked;
        public long RejectedAbsent;
        public long Unknown;
        public long UnknownPresent;
        public long UnknownAbsent;
        public long Repeated;
        public long RepeatedOnce;
    }
}
