using CsCheck;
using EclipseConformance.Engine.Ledger;

namespace EclipseConformance.Engine.Tests.Ledger;

public class LedgerBatchPropertyTests
{
    private const int WalletCount = 8;

    private static readonly Gen<(int From, int To, long Nanos, int Key, bool Overdraw)> TransferGen =
        Gen.Select(Gen.Int[0, WalletCount], Gen.Int[0, WalletCount - 1], Gen.Long[-5, 3_000_000_000L], Gen.Int[0, 40], Gen.Bool);

    private static Dictionary<long, WalletState> Wallets(long[] balances) => balances.Select((b, i) => new WalletState
    {
        WalletId = i + 1,
        TenantId = 1,
        CustomerId = null,
        Currency = i == 7 ? "BWP" : "ZAR",
        Status = i == 6 ? "INACTIVE" : "ACTIVE",
        Balance = b,
        Reserved = i == 2 ? Math.Min(b, 500_000_000L) : 0,
        AllowNegative = i == 0,
        AcceptsCrossTenant = true,
    }).ToDictionary(w => w.WalletId);

    [Fact]
    public void Any_batch_conserves_money_never_overdraws_and_applies_each_key_at_most_once()
    {
        Gen.Select(Gen.Long[0, 5_000_000_000L].Array[WalletCount], TransferGen.Array[1, 120])
            .Sample((balances, transfers) =>
            {
                var wallets = Wallets(balances);
                var before = wallets.Values.GroupBy(w => w.Currency).ToDictionary(g => g.Key, g => g.Sum(w => w.Balance));
                var batch = new LedgerBatch(wallets, new Dictionary<(string, string), ExistingPosting>());
                var applied = new Dictionary<string, string?>();
                for (var i = 0; i < transfers.Length; i++)
                {
                    var (from, to, nanos, key, overdraw) = transfers[i];
                    var request = PostingRequest.Transfer(PostingKind.Transfer, "key-" + key, $"{from}>{to}:{nanos}", 1, from + 1, to + 1, nanos,
                        new PostingAuthority(overdraw ? AuthorityLevel.GlobalAdmin : AuthorityLevel.TenantSystem, 1, null, overdraw));
                    var snapshot = wallets.Values.ToDictionary(w => w.WalletId, w => w.Balance);
                    var result = batch.Decide(i, request);
                    if (result.Status == PostingStatus.Applied)
                    {
                        applied.Should().NotContainKey("key-" + key, "a key is applied at most once");
                        applied["key-" + key] = request.RequestHash;
                    }
                    else
                    {
                        wallets.Values.ToDictionary(w => w.WalletId, w => w.Balance).Should().Equal(snapshot, $"{result.Status} must change nothing");
                    }

                    if (result.Status == PostingStatus.Replayed)
                    {
                        applied["key-" + key].Should().Be(request.RequestHash);
                    }
                }

                wallets.Values.GroupBy(w => w.Currency).ToDictionary(g => g.Key, g => g.Sum(w => w.Balance)).Should().Equal(before);
                foreach (var w in wallets.Values.Where(w => !w.AllowNegative))
                {
                    var overdrawnByAdmin = batch.Applied.Any(a => a.Request.Authority.IgnoreLimits && a.Entries.Any(e => e.WalletId == w.WalletId && e.Amount < 0));
                    if (!overdrawnByAdmin)
                    {
                        w.Available.Should().BeGreaterThanOrEqualTo(0, $"wallet {w.WalletId}");
                    }
                }

                foreach (var (_, _, entries) in batch.Applied)
                {
                    entries.Sum(e => e.Amount).Should().Be(0);
                }
            }, iter: 400);
    }

    [Fact]
    public void A_later_transfer_in_a_batch_sees_the_balance_an_earlier_one_left()
    {
        var wallets = Wallets([0, 100, 0, 0, 0, 0, 0, 0]);
        var batch = new LedgerBatch(wallets, new Dictionary<(string, string), ExistingPosting>());
        var authority = new PostingAuthority(AuthorityLevel.TenantSystem, 1, null, false);
        batch.Decide(0, PostingRequest.Transfer(PostingKind.Transfer, "a", "h", 1, 2, 4, 60, authority)).Status.Should().Be(PostingStatus.Applied);
        batch.Decide(1, PostingRequest.Transfer(PostingKind.Transfer, "b", "h", 1, 2, 4, 60, authority)).Status.Should().Be(PostingStatus.InsufficientFunds);
        batch.Decide(2, PostingRequest.Transfer(PostingKind.Transfer, "c", "h", 1, 4, 2, 60, authority)).Status.Should().Be(PostingStatus.Applied);
        batch.Decide(3, PostingRequest.Transfer(PostingKind.Transfer, "b", "h", 1, 2, 4, 60, authority)).Status.Should().Be(PostingStatus.Applied);
    }

    [Fact]
    public void Reservations_reduce_what_can_be_spent()
    {
        var wallets = Wallets([0, 0, 600_000_000L, 0, 0, 0, 0, 0]);
        var batch = new LedgerBatch(wallets, new Dictionary<(string, string), ExistingPosting>());
        var authority = new PostingAuthority(AuthorityLevel.TenantSystem, 1, null, false);
        batch.Decide(0, PostingRequest.Transfer(PostingKind.Transfer, "x", "h", 1, 3, 4, 100_000_001L, authority)).Status.Should().Be(PostingStatus.InsufficientFunds);
        batch.Decide(1, PostingRequest.Transfer(PostingKind.Transfer, "y", "h", 1, 3, 4, 100_000_000L, authority)).Status.Should().Be(PostingStatus.Applied);
    }
}
