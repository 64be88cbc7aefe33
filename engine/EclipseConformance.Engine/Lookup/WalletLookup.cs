using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Lookup;

/// <summary>
/// The global wallet lookup (S-GI "Customer/Wallet Lookup", fact sheet 3.2): who may search, the match rule and the
/// cap from the active policy, the <c>on: lookup</c> decision rules, then the query and the masking.
/// </summary>
public sealed partial class WalletLookup(LookupStore store, IPolicies policies, IRuleEvaluator rules, TimeProvider time, ILogger<WalletLookup> logger)
{
    public static bool MaySearch(Caller caller) => caller.IsGlobalIntegrator || caller.IsGlobalAdmin;

    public async Task<(IReadOnlyList<LookupRecord>? Records, ApiError? Error)> FindAsync(Caller caller, LookupQuery query, CancellationToken cancellationToken)
    {
        if (!MaySearch(caller))
        {
            return (null, ApiError.Forbidden("Only global integrators may search wallets across tenants"));
        }

        var evaluation = rules.Evaluate(new LookupFacts
        {
            CallerTenantId = caller.TenantId,
            CallerIdentity = caller.Identity,
            CriteriaCount = query.CriteriaCount,
            LastName = query.LastName ?? "",
            Phone = query.Phone ?? "",
            NationalIdentityNumber = query.NationalIdentityNumber ?? "",
            PassportNumber = query.PassportNumber ?? "",
            WalletFriendlyId = query.WalletFriendlyId ?? "",
            AccountNumber = query.AccountNumber ?? "",
            ExternalUniqueId = query.ExternalUniqueId ?? "",
            WalletId = query.WalletId ?? 0,
        });
        if (evaluation.IsRejected)
        {
            return (null, evaluation.MatchedRule!.Then.ToApiError());
        }

        var policy = policies.Current.Lookup;
        var phoneAlone = policy.MatchRule == LookupMatchRule.PhoneOrTwo && query.Phone is not null;
        if (query.CriteriaCount < 2 && !phoneAlone)
        {
            // One criterion can never match two: nothing to look up.
            LogLookup(logger, caller.Identity, query.CriteriaCount, 0, 0);
            return ([], null);
        }

        var started = time.GetTimestamp();
        var rows = await store.FindAsync(query, policy.MatchRule, policy.ResultCap, cancellationToken);
        var records = new List<LookupRecord>(rows.Count);
        foreach (var row in rows)
        {
            records.Add(LookupRecord.From(row));
        }

        LogLookup(logger, caller.Identity, query.CriteriaCount, records.Count, time.GetElapsedTime(started).TotalMilliseconds);
        return (records, null);
    }

    // Never log the criteria themselves: they are personal data.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Global wallet lookup by {Identity}: {Criteria} criteria, {Records} records, {Ms:F1} ms")]
    private static partial void LogLookup(ILogger logger, string identity, int criteria, int records, double ms);
}
