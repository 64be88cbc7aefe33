using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// VAS payments: validate a purchase against the tenant, the wallet, the provider's product and the tenant's config,
/// then store it with its money movement in one transaction and hand it to its flow (ADR 0024-0026). A rejection
/// changes nothing.
/// </summary>
public sealed partial class PaymentService(
    Database database,
    PaymentStore store,
    CustomerStore customers,
    WalletStore wallets,
    VasProviderRegistry providers,
    VasSettlementConfig settlement,
    VasMoney money,
    VasFlowDrivers drivers,
    VasWorkRunner runner,
    VasWorkSignal signal,
    IPolicies policies,
    IRuleEvaluator rules,
    IOptionsMonitor<VasOptions> options,
    TimeProvider time)
{
    public async Task<(ApiError? Error, Payment? Payment)> CreateAsync(
        long tenantId, long customerId, Caller caller, CreatePaymentRequest r, string tracingContext, CancellationToken cancellationToken)
    {
        if (PaymentValidation.Validate(r, options.CurrentValue.MaxAdditionalFields, out var partnerId, out var productPart) is { } invalid)
        {
            return (invalid, null);
        }

        var customer = TenantPermissions.CanSeeCustomer(caller, customerId) ? await customers.FindAsync(tenantId, customerId, cancellationToken) : null;
        if (customer is null)
        {
            return (ApiError.NotFound("Customer"), null);
        }

        var (walletError, wallet) = await PayingWalletAsync(tenantId, customerId, partnerId, r, cancellationToken);
        if (wallet is null)
        {
            return (walletError, null);
        }

        if (wallet.Status != WalletStatus.Active)
        {
            return (ApiError.Business($"Wallet {wallet.WalletId} is {wallet.Status}"), null);
        }

        if ((r.Currency ?? wallet.Currency) != wallet.Currency)
        {
            return (ApiError.Business($"currency {r.Currency} does not match the wallet's currency {wallet.Currency}"), null);
        }

        var provider = await providers.ForPartnerAsync(tenantId, partnerId, cancellationToken);
        if (provider.Value is not { } p)
        {
            return (provider.Error, null);
        }

        if (p.Currency is { } sold && sold != wallet.Currency)
        {
            return (ApiError.Business($"VAS partner {partnerId} sells in {sold}; wallet {wallet.WalletId} is in {wallet.Currency}"), null);
        }

        var fields = r.AdditionalFields ?? [];
        var selected = await p.SelectAsync(tenantId, partnerId, productPart, fields, cancellationToken);
        if (selected.Value is not { } product)
        {
            return (selected.Error, null);
        }

        var (amountError, amount) = Amount(r.Amount, product, p.Flow);
        if (amountError is not null)
        {
            return (amountError, null);
        }

        if (PaymentValidation.ValidateFields(fields, product) is { } badFields)
        {
            return (badFields, null);
        }

        var verdict = rules.Evaluate(new PaymentFacts
        {
            TenantId = tenantId,
            CustomerId = customerId,
            WalletId = wallet.WalletId,
            Amount = amount,
            Currency = wallet.Currency,
            Type = r.Type!,
            PaymentData = r.PaymentData!,
            PartnerId = partnerId,
            ProductId = product.ProductId,
            ProductCategory = product.ProductCategory ?? "",
        });
        if (verdict.IsRejected)
        {
            return (verdict.MatchedRule!.Then.ToApiError(), null);
        }

        var plan = await settlement.ResolveAsync(tenantId, partnerId, product.ProductCategory, wallet.Currency, cancellationToken);
        if (plan.Value is not { } where)
        {
            return (plan.Error, null);
        }

        var draft = Draft(tenantId, customer, wallet, r, p, product, partnerId, amount, where, tracingContext);
        return p.Flow switch
        {
            VasFlow.SinglePost => await CreateSinglePostAsync(draft, cancellationToken),
            VasFlow.TwoStep => await InsertAsync(draft, null, cancellationToken),
            _ => await CreatePendingAsync(draft, cancellationToken),
        };
    }

    /// <summary>A fixed price wins over the request; otherwise the amount is required (except for two-step, where the PUT may give it).</summary>
    private static (ApiError? Error, decimal Amount) Amount(decimal? requested, VasProductSelection product, VasFlow flow)
    {
        if (product.FixedPrice is { } price)
        {
            return (null, price);
        }

        if (requested is not { } amount)
        {
            return flow == VasFlow.TwoStep ? (null, 0m) : (ApiError.Validation($"amount is required for {product.ProductName}"), 0m);
        }

        return (product.MinAmount is { } min && amount < min) || (product.MaxAmount is { } max && amount > max)
            ? (ApiError.Business($"amount {amount} is outside {product.ProductName}'s limits {product.MinAmount ?? 0m}-{product.MaxAmount}"), 0m)
            : (null, amount);
    }

    private Payment Draft(
        long tenantId, Customer customer, Wallet wallet, CreatePaymentRequest r, IVasProvider provider, VasProductSelection product, long partnerId,
        decimal amount, SettlementPlan plan, string tracingContext)
    {
        var policy = policies.Current.Conflicts;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var state = provider.Flow switch
        {
            VasFlow.SinglePost => SinglePostDriver.Initial(product.PrevendProductId is not null).ToString(),
            VasFlow.TwoStep => nameof(TwoStepState.Building),
            _ => nameof(PendingState.Submitting),
        };
        var draft = new Payment
        {
            TenantId = tenantId,
            CustomerId = customer.CustomerId,
            WalletId = wallet.WalletId,
            ExternalUniqueId = r.ExternalUniqueId!,
            PaymentType = r.Type!,
            Provider = provider.Key,
            Flow = provider.Flow.ToString(),
            PartnerId = partnerId,
            ProductId = product.ProductId,
            PrevendProductId = product.PrevendProductId,
            ProductName = product.ProductName,
            ProductCategory = product.ProductCategory,
            PaymentData = r.PaymentData!,
            AdditionalFields = AdditionalFields.Write(r.AdditionalFields ?? []),
            Amount = Money.FromDecimal(amount).Nanos,
            Fee = Money.FromDecimal(plan.Fee).Nanos,
            Currency = wallet.Currency,
            Description = r.Description ?? product.Description,
            PaymentReference = product.PaymentReference,
            CallbackUrl = r.CallbackUrl,
            LandingUrl = r.LandingUrl,
            Phone = customer.Phone1,
            TracingContext = tracingContext,
            DestinationWalletId = plan.DestinationWalletId,
            FeeWalletId = plan.FeeWalletId,
            Completion = Completions.Of(policy.FrontierWebCompletion),
            FailureStatuses = Completions.Of(policy.VasFailureStatuses),
            State = state,
            ProviderState = product.InitialProviderState,
            CreatedMs = now,
            LastModifiedMs = now,
        };
        return draft with { Status = drivers.StatusOf(draft, state, null) };
    }
}
