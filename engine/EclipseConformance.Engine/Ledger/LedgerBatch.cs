namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// Decides a batch of postings in memory against the wallets read inside the transaction, in order, as if each
/// ran alone: a later posting sees the balances an earlier one left. Pure (no I/O), so it is property-tested
/// directly. Only postings decided <see cref="PostingStatus.Applied"/> produce entries.
/// </summary>
public sealed class LedgerBatch(IReadOnlyDictionary<long, WalletState> wallets, IReadOnlyDictionary<(string Kind, string Key), ExistingPosting> existing)
{
    private readonly Dictionary<(string Kind, string Key), string?> _keysInBatch = [];

    public List<(int Index, PostingRequest Request, EntryDraft[] Entries)> Applied { get; } = [];

    public PostingResult Decide(int index, PostingRequest request)
    {
        if (request.ExternalUniqueId is { } key)
        {
            if (existing.TryGetValue((request.Kind, key), out var stored))
            {
                return stored.RequestHash == request.RequestHash
                    ? new PostingResult(PostingStatus.Replayed, stored.PostingId, stored.CreatedMs)
                    : new PostingResult(PostingStatus.KeyConflict, Detail: $"externalUniqueId '{key}' was already used with a different request");
            }

            if (_keysInBatch.TryGetValue((request.Kind, key), out var hash))
            {
                // Applied earlier in this same batch: its id is only known after the write, so the caller resolves it.
                return hash == request.RequestHash
                    ? new PostingResult(PostingStatus.Replayed)
                    : new PostingResult(PostingStatus.KeyConflict, Detail: $"externalUniqueId '{key}' was already used with a different request");
            }
        }

        var check = Check(request, out var entries);
        if (check.Status != PostingStatus.Applied)
        {
            return check;
        }

        foreach (var entry in entries)
        {
            var wallet = wallets[entry.WalletId];
            wallet.Balance = entry.BalanceAfter;
            wallet.Dirty = true;
        }

        if (request.ExternalUniqueId is { } applied)
        {
            _keysInBatch[(request.Kind, applied)] = request.RequestHash;
        }

        Applied.Add((index, request, entries));
        return check;
    }

    private PostingResult Check(PostingRequest request, out EntryDraft[] entries)
    {
        entries = [];
        var legs = request.Legs;
        if (legs.Count < 2)
        {
            return new PostingResult(PostingStatus.Unbalanced, Detail: "A posting needs at least two legs");
        }

        long sum = 0;
        for (var i = 0; i < legs.Count; i++)
        {
            if (legs[i].AmountNanos == 0)
            {
                return new PostingResult(PostingStatus.Unbalanced, Detail: "A leg cannot be zero");
            }

            sum = checked(sum + legs[i].AmountNanos);
            for (var j = 0; j < i; j++)
            {
                if (legs[j].WalletId == legs[i].WalletId)
                {
                    return new PostingResult(PostingStatus.SameWallet, Detail: "Source and destination wallet must differ");
                }
            }
        }

        if (sum != 0)
        {
            return new PostingResult(PostingStatus.Unbalanced, Detail: "Debits and credits must balance");
        }

        string? currency = null;
        foreach (var leg in legs)
        {
            if (!wallets.TryGetValue(leg.WalletId, out var wallet))
            {
                return new PostingResult(PostingStatus.WalletNotFound, Detail: $"Wallet {leg.WalletId} not found");
            }

            if (wallet.Status != Wallets.WalletStatus.Active)
            {
                return new PostingResult(PostingStatus.WalletInactive, Detail: $"Wallet {leg.WalletId} is {wallet.Status}");
            }

            currency ??= wallet.Currency;
            if (wallet.Currency != currency)
            {
                return new PostingResult(PostingStatus.CurrencyMismatch, Detail: $"Wallet currencies differ ({currency} and {wallet.Currency})");
            }

            if (leg.AmountNanos < 0 && !request.Authority.MayDebit(wallet))
            {
                return new PostingResult(PostingStatus.NotAllowed, Detail: $"Not allowed to debit wallet {leg.WalletId}");
            }

            if (leg.AmountNanos > 0 && !request.Authority.MayCredit(wallet))
            {
                return wallet.TenantId != request.Authority.TenantId
                    ? new PostingResult(PostingStatus.CrossTenantNotAllowed, Detail: $"Not allowed to pay into wallet {leg.WalletId} of another tenant")
                    : new PostingResult(PostingStatus.NotAllowed, Detail: $"Not allowed to credit wallet {leg.WalletId}");
            }
        }

        var drafts = new EntryDraft[legs.Count];
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            var wallet = wallets[leg.WalletId];
            long after;
            try
            {
                after = checked(wallet.Balance + leg.AmountNanos);
                _ = checked(after - wallet.Reserved);
            }
            catch (OverflowException)
            {
                return new PostingResult(PostingStatus.BalanceOutOfRange, Detail: $"Wallet {leg.WalletId} balance would be out of range");
            }

            if (leg.AmountNanos < 0 && after - wallet.Reserved < 0 && !request.Authority.MayOverdraw(wallet))
            {
                return new PostingResult(PostingStatus.InsufficientFunds, Detail: $"Insufficient funds in wallet {leg.WalletId}");
            }

            drafts[i] = new EntryDraft(leg.WalletId, Counterparty(legs, i), leg.AmountNanos, after, wallet.Currency);
        }

        entries = drafts;
        return new PostingResult(PostingStatus.Applied);
    }

    /// <summary>The other side of a leg: the largest opposite-signed leg (the only one, for a transfer).</summary>
    private static long? Counterparty(IReadOnlyList<PostingLeg> legs, int index)
    {
        var sign = Math.Sign(legs[index].AmountNanos);
        long? best = null;
        long bestSize = 0;
        foreach (var leg in legs)
        {
            if (Math.Sign(leg.AmountNanos) != sign && Math.Abs(leg.AmountNanos) > bestSize)
            {
                best = leg.WalletId;
                bestSize = Math.Abs(leg.AmountNanos);
            }
        }

        return best;
    }
}
