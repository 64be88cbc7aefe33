using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Transfers;

/// <summary>
/// Wallet-to-wallet transfers: validate, then either check (<c>onlyCheck</c>) or hand the posting to the group-commit
/// writer. Success means the transfer is complete; any error means nothing happened.
/// </summary>
public sealed class TransferService(GroupCommitWriter writer, PostingEngine engine, IRuleEvaluator rules)
{
    public async Task<ApiError?> TransferAsync(long tenantId, Caller caller, TransferRequest request, CancellationToken cancellationToken)
    {
        if (TransferValidation.Validate(request, out var amount) is { } invalid)
        {
            return invalid;
        }

        var ignoreLimits = request.IgnoreLimits == true;
        if (ignoreLimits && !caller.IsGlobalAdmin)
        {
            return ApiError.Forbidden("ignoreLimits needs a privileged role");
        }

        var evaluation = rules.Evaluate(new TransferFacts
        {
            TenantId = tenantId,
            CallerTenantId = caller.TenantId,
            CallerIdentity = caller.Identity,
            IsGlobalIntegrator = caller.IsGlobalIntegrator,
            IsGlobalAdmin = caller.IsGlobalAdmin,
            FromWalletId = request.FromWalletId!.Value,
            ToWalletId = request.ToWalletId!.Value,
            Amount = amount.ToDecimal(),
            ExternalUniqueId = request.ExternalUniqueId ?? "",
            Description = request.Description ?? "",
            OnlyCheck = request.OnlyCheck == true,
        });
        if (evaluation.IsRejected)
        {
            return evaluation.MatchedRule!.Then.ToApiError();
        }

        var posting = PostingRequest.Transfer(
            PostingKind.Transfer, request.ExternalUniqueId, Fingerprint(request, amount), tenantId, request.FromWalletId!.Value, request.ToWalletId!.Value,
            amount.Nanos, PostingAuthority.For(caller, ignoreLimits), request.Description, request.ExternalId, request.Location);
        try
        {
            var result = request.OnlyCheck == true
                ? await engine.CheckAsync(posting, cancellationToken)
                : await writer.SubmitAsync(posting, cancellationToken);
            return TransferErrors.ToApiError(result);
        }
        catch (LedgerUnavailableException)
        {
            return TransferErrors.Unavailable;
        }
    }

    /// <summary>What makes two requests "the same payload" for idempotency: every field that changes the effect.</summary>
    public static string Fingerprint(TransferRequest r, Money amount)
    {
        var canonical = string.Create(
            CultureInfo.InvariantCulture,
            $"{r.FromWalletId}|{r.ToWalletId}|{amount.Nanos}|{r.Description}|{r.ExternalId}|{r.Location}|{r.IgnoreLimits == true}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonical), hash);
        return Convert.ToBase64String(hash[..18]);
    }
}
