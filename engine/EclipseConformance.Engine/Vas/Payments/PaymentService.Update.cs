using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

public sealed partial class PaymentService
{
    /// <summary><c>GET /tenants/{t}/payments/{id}</c>: tenant users see the tenant's payments, customers their own.</summary>
    public async Task<(ApiError? Error, Payment? Payment)> GetAsync(long tenantId, long paymentId, Caller caller, CancellationToken cancellationToken)
    {
        var payment = await store.FindAsync(paymentId, cancellationToken);
        return payment is null || payment.TenantId != tenantId || !TenantPermissions.CanSeeCustomer(caller, payment.CustomerId)
            ? (ApiError.NotFound("Payment"), null)
            : (null, payment);
    }

    /// <summary>
    /// <c>PUT /tenants/{t}/payments/{id}</c>: completes a BUILDING two-step payment — the funds are held with the state
    /// change (BUILDING → Completing), then the provider completes it while the request waits. Only once: any other state
    /// is a conflict.
    /// </summary>
    public async Task<(ApiError? Error, Payment? Payment)> UpdateAsync(
        long tenantId, long paymentId, Caller caller, PaymentUpdateRequest r, CancellationToken cancellationToken)
    {
        var (notFound, payment) = await GetAsync(tenantId, paymentId, caller, cancellationToken);
        if (payment is null)
        {
            return (notFound, null);
        }

        if (payment.FlowKind != VasFlow.TwoStep || payment.State != nameof(TwoStepState.Building))
        {
            return (ApiError.Conflict($"Payment {paymentId} is {payment.Status}; only a BUILDING payment takes an update"), null);
        }

        var provider = (ITwoStepProvider?)providers.ByKey(payment.Provider);
        var problems = new List<string>();
        if (r.WalletId is not > 0)
        {
            problems.Add("walletId is required");
        }

        if (r.Amount is null && payment.Amount == 0)
        {
            problems.Add("amount is required");
        }

        PaymentValidation.CheckAmount(r.Amount, problems);
        PaymentValidation.CheckUrl("callbackUrl", r.CallbackUrl, problems);
        PaymentValidation.CheckUrl("landingUrl", r.LandingUrl, problems);
        PaymentValidation.CheckFields(r.AdditionalFields, options.CurrentValue.MaxAdditionalFields, problems);
        if (r.Description is { Length: > 200 })
        {
            problems.Add("description must be at most 200 characters");
        }

        if (r.ExternalUniqueId is not null && r.ExternalUniqueId != payment.ExternalUniqueId)
        {
            problems.Add("externalUniqueId, when given, must be the payment's own");
        }

        problems.AddRange(provider?.ValidateUpdate(r) ?? []);
        if (problems.Count > 0)
        {
            return (ApiError.Validation(string.Join("; ", problems)), null);
        }

        var wallet = await wallets.FindAsync(r.WalletId!.Value, cancellationToken);
        if (wallet is null || wallet.TenantId != tenantId || wallet.CustomerId != payment.CustomerId)
        {
            return (ApiError.NotFound("Wallet"), null);
        }

        if (wallet.Status != WalletStatus.Active || wallet.Currency != payment.Currency)
        {
            return (ApiError.Business($"Wallet {wallet.WalletId} cannot pay: it is {wallet.Status} in {wallet.Currency}, the payment is in {payment.Currency}"), null);
        }

        return await CompleteBuildingAsync(payment, wallet.WalletId, r, cancellationToken);
    }

    private async Task<(ApiError?, Payment?)> CompleteBuildingAsync(Payment payment, long walletId, PaymentUpdateRequest r, CancellationToken cancellationToken)
    {
        var token = runner.NewClaimToken();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        Payment updated;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
            var current = await store.FindAsync(connection, tx, payment.PaymentId, forUpdate: true);
            if (current is null || current.State != nameof(TwoStepState.Building))
            {
                await tx.RollbackAsync(cancellationToken);
                return (ApiError.Conflict($"Payment {payment.PaymentId} is {current?.Status}; only a BUILDING payment takes an update"), null);
            }

            var next = TwoStepMachine.Next(TwoStepState.Building, TwoStepTrigger.Update, mayCheckAgain: true).ToString();
            updated = current with
            {
                WalletId = walletId,
                Amount = r.Amount is { } amount ? Money.FromDecimal(amount).Nanos : current.Amount,
                CallbackUrl = r.CallbackUrl ?? current.CallbackUrl,
                LandingUrl = r.LandingUrl ?? current.LandingUrl,
                Description = r.Description ?? current.Description,
                AdditionalFields = r.AdditionalFields is { } fields ? AdditionalFields.Write(fields) : current.AdditionalFields,
                State = next,
                Status = drivers.StatusOf(current, next, null),
                WorkDueMs = now,
                ClaimToken = token,
                ClaimUntilMs = runner.LeaseUntil(),
                Attempts = 1,
                Version = current.Version + 1,
                LastModifiedMs = now,
            };
            var hold = await money.HoldAsync(connection, tx, updated, cancellationToken);
            if (!hold.Succeeded)
            {
                await tx.RollbackAsync(cancellationToken);
                return (HoldRefused(hold), null);
            }

            updated = updated with { HoldId = hold.HoldId };
            if (!await PaymentStore.UpdateAsync(connection, tx, updated, current.Version))
            {
                await tx.RollbackAsync(cancellationToken);
                return (ApiError.Conflict($"Payment {payment.PaymentId} changed meanwhile; only one update is accepted"), null);
            }

            await tx.CommitAsync(cancellationToken);
        }

        return (null, await runner.DriveAsync(updated, token, cancellationToken));
    }
}
