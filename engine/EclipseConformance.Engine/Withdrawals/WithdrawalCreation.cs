using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Wallets;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Creating a withdrawal: validate, apply the decision rules, then in ONE write transaction check idempotency and the
/// monthly limit, insert the PENDING row, reserve amount + fee with a ledger hold and queue the token's registration
/// (and, after it, its SMS). After the commit the tasks are attempted at once; if they fail they are retried by
/// <see cref="WithdrawalDeliveryWorker"/>. Any refusal leaves nothing behind.
/// </summary>
public sealed class WithdrawalCreation(
    Database database,
    WithdrawalStore store,
    WalletStore wallets,
    WithdrawalAccounts accounts,
    LedgerHolds holds,
    IPolicies policies,
    IRuleEvaluator rules,
    IRandomSource random,
    TimeProvider time,
    WithdrawalDelivery delivery,
    WithdrawalSweeper sweeper,
    IOptions<WithdrawalsOptions> options)
{
    private const int MaxAttempts = 3;

    public async Task<WithdrawalResult> CreateAsync(
        long tenantId, long walletId, Caller caller, CreateWithdrawalRequest request, ValidatedWithdrawal valid, string tracingContext, CancellationToken cancellationToken)
    {
        var p = policies.Current;
        var wallet = await wallets.FindAsync(walletId, cancellationToken);
        if (wallet is null || wallet.TenantId != tenantId || !Tenancy.TenantPermissions.CanSeeWallet(caller, wallet.CustomerId))
        {
            return new WithdrawalResult(WithdrawalOutcome.NotFound, Detail: "Wallet");
        }

        var type = valid.Type;
        if (wallet.Currency != type.Currency)
        {
            return new WithdrawalResult(WithdrawalOutcome.CurrencyMismatch, Detail: $"{type.Name} pays out {type.Currency}; wallet {walletId} holds {wallet.Currency}");
        }

        var evaluation = rules.Evaluate(new WithdrawalFacts
        {
            TenantId = tenantId,
            WalletId = walletId,
            Amount = valid.Amount.ToDecimal(),
            Currency = wallet.Currency,
            Type = type.Name,
            DeliverToPhone = valid.Phone ?? "",
            ExternalUniqueId = request.ExternalUniqueId!,
        });
        if (evaluation.IsRejected)
        {
            return new WithdrawalResult(WithdrawalOutcome.RejectedByRule, Rejection: evaluation.MatchedRule!.Then.ToApiError());
        }

        var (settlementWallet, feeWallet, ownerPhone) = await accounts.ForAsync(tenantId, walletId, wallet.Currency, cancellationToken);
        if (settlementWallet is null)
        {
            return new WithdrawalResult(WithdrawalOutcome.NoSettlementWallet, Detail: $"Tenant {tenantId} has no {wallet.Currency} float to settle withdrawals into");
        }

        var limitPhone = valid.Phone ?? (WithdrawalPhones.TryNormalise(ownerPhone, wallet.Currency, out var owner) ? owner : null);
        var now = time.GetUtcNow();
        var draft = new Withdrawal(
            0, tenantId, walletId, request.ExternalUniqueId!, WithdrawalFingerprint.Of(tenantId, walletId, request, valid), type.Name, type.Category, type.SubType,
            type.GatewayName, type.IsToken ? Withdrawal.TokenRedemption : Withdrawal.BankPayoutRedemption, WithdrawalStatuses.Pending, valid.Amount.Nanos,
            valid.Fee.Nanos, wallet.Currency, null, valid.Phone, MonthlyLimit.Applies(type, wallet.Currency, p.WithdrawalLimit) ? MonthlyLimit.KeyFor(limitPhone, walletId) : null,
            request.Description, request.CallbackUrl, valid.Account is null ? null : JsonSerializer.Serialize(valid.Account, WithdrawalsJsonContext.Default.BankAccount),
            tracingContext, null, null, settlementWallet.Value, valid.Fee.IsPositive ? feeWallet : null,
            type.IsToken ? (now + type.TokenLifetime).ToUnixTimeMilliseconds() : null,
            (type.IsToken ? now + type.TokenLifetime : now + SettlementDelay(type)).ToUnixTimeMilliseconds(),
            0, now.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds());

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (result, registerTask) = await InsertAsync(draft, type, p.WithdrawalLimit, PostingAuthority.For(caller, ignoreLimits: false), now, cancellationToken);
                if (result.Outcome != WithdrawalOutcome.Created)
                {
                    return result;
                }

                sweeper.Nudge();
                if (registerTask is { } taskId)
                {
                    await delivery.RunAfterCommitAsync(taskId, cancellationToken);
                }

                return result with { Withdrawal = await store.FindAsync(result.Withdrawal!.WithdrawalId, cancellationToken) };
            }
            catch (DbException ex) when (attempt < MaxAttempts && (StoreErrors.IsUniqueViolation(ex) || StoreErrors.IsTransient(ex)))
            {
                // Another instance inserted the same externalUniqueId (or token) at the same moment: decide again.
            }
        }
    }

    private async Task<(WithdrawalResult Result, long? RegisterTask)> InsertAsync(
        Withdrawal draft, WithdrawalTypePolicy type, WithdrawalLimitPolicy limit, PostingAuthority authority, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        if (await WithdrawalStore.FindByKeyAsync(connection, tx, draft.ExternalUniqueId) is { } existing)
        {
            return (existing.RequestHash == draft.RequestHash
                ? new WithdrawalResult(WithdrawalOutcome.Replayed, existing)
                : new WithdrawalResult(WithdrawalOutcome.KeyConflict, Detail: "externalUniqueId was already used for a different withdrawal"), null);
        }

        if (draft.LimitKey is { } key
            && await MonthlyLimit.CheckAsync(connection, tx, database.Sql, key, draft.Currency, new Money(draft.Amount), limit, now) is { } refusal)
        {
            return (new WithdrawalResult(WithdrawalOutcome.LimitExceeded, Detail: refusal), null);
        }

        var token = type.IsToken ? await NewTokenAsync(connection, tx, draft.Gateway, type.TokenDigits) : null;
        var id = await WithdrawalStore.InsertAsync(connection, tx, draft with { Token = token });
        var hold = await holds.PlaceAsync(
            connection, tx, draft.WalletId, draft.Amount + draft.Fee, PostingKind.Withdrawal, id.ToString(CultureInfo.InvariantCulture), authority, cancellationToken);
        if (!hold.Succeeded)
        {
            return (new WithdrawalResult(
                hold.Status switch
                {
                    HoldStatus.InsufficientFunds => WithdrawalOutcome.InsufficientFunds,
                    HoldStatus.WalletInactive => WithdrawalOutcome.WalletInactive,
                    HoldStatus.NotAllowed => WithdrawalOutcome.NotAllowed,
                    HoldStatus.WalletNotFound => WithdrawalOutcome.NotFound,
                    _ => throw new InvalidOperationException($"Unexpected hold status {hold.Status} for a new withdrawal"),
                },
                Detail: hold.Status == HoldStatus.WalletNotFound ? "Wallet" : hold.Detail), null);
        }

        await WithdrawalStore.SetHoldAsync(connection, tx, id, hold.HoldId);
        long? registerTask = type.IsToken
            ? await WithdrawalTaskStore.InsertClaimedAsync(connection, tx, id, WithdrawalTask.Register, now.ToUnixTimeMilliseconds(), (now + options.Value.DeliveryLease).ToUnixTimeMilliseconds())
            : null;
        await tx.CommitAsync(cancellationToken);
        return (new WithdrawalResult(WithdrawalOutcome.Created, draft with { WithdrawalId = id, Token = token, HoldId = hold.HoldId }), registerTask);
    }

    /// <summary>A token of the type's length no other pending withdrawal of the gateway holds.</summary>
    private async Task<string> NewTokenAsync(DbConnection connection, DbTransaction transaction, string gateway, int digits)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = new StringBuilder(digits);
            for (var i = 0; i < digits; i++)
            {
                token.Append((char)('0' + random.NextInt(10)));
            }

            var candidate = token.ToString();
            if (attempt >= 20 || !await WithdrawalStore.TokenInUseAsync(connection, transaction, gateway, candidate))
            {
                return candidate; // after 20 collisions the unique index decides (and the request is retried)
            }
        }
    }

    private TimeSpan SettlementDelay(WithdrawalTypePolicy type)
    {
        var spread = (type.SettlementMax - type.SettlementMin).TotalSeconds;
        return type.SettlementMin + TimeSpan.FromSeconds(spread <= 0 ? 0 : random.NextInt((int)Math.Min(spread, int.MaxValue - 1) + 1));
    }
}
