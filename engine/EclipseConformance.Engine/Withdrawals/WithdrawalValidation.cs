using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The field constraints of REF-WD (and C-GO's bank fields); every violation is listed in one VAL001.</summary>
public static class WithdrawalValidation
{
    public static ApiError? Validate(CreateWithdrawalRequest r, IReadOnlyDictionary<string, WithdrawalTypePolicy> types, out ValidatedWithdrawal? valid)
    {
        valid = null;
        var problems = new List<string>();
        if (r.ExternalUniqueId is null)
        {
            problems.Add("externalUniqueId is required");
        }
        else if (r.ExternalUniqueId.Length is < 6 or > 100)
        {
            problems.Add("externalUniqueId must be 6-100 characters");
        }

        if (r.Description is { Length: > 200 })
        {
            problems.Add("description must be at most 200 characters");
        }

        if (r.Location is { Length: > 200 } || r.Reference is { Length: > 200 })
        {
            problems.Add("location and reference must be at most 200 characters");
        }

        if (r.CallbackUrl is not null && (r.CallbackUrl.Length is < 10 or > 2000 || !CallbackOutbox.IsValidUrl(r.CallbackUrl)))
        {
            problems.Add("callbackUrl must be an absolute http(s) URL of 10-2000 characters");
        }

        var amount = Money.Zero;
        if (r.Amount is not { } value)
        {
            problems.Add("amount is required");
        }
        else if (value <= 0)
        {
            problems.Add("amount must be at least 0.000000001");
        }
        else if (!Money.TryFromDecimal(value, out amount))
        {
            problems.Add("amount may have at most 9 decimals and be at most 1000000000");
        }

        WithdrawalTypePolicy? type = null;
        if (r.Type is null)
        {
            problems.Add("type is required");
        }
        else if (!types.TryGetValue(r.Type, out type))
        {
            problems.Add($"type must be one of {string.Join(", ", types.Keys.Order(StringComparer.Ordinal))}");
        }

        string? phone = null;
        BankAccount? account = null;
        if (type is not null)
        {
            if (r.Currency is not null && r.Currency != type.Currency)
            {
                problems.Add($"currency must be {type.Currency} for {type.Name} (cross-currency withdrawals are not simulated)");
            }

            if (r.DeliverToPhone is not null && !WithdrawalPhones.TryNormalise(r.DeliverToPhone, type.Currency, out phone))
            {
                problems.Add("deliverToPhone must be a mobile number with its country code, e.g. 27821234567 (or a local number such as 0821234567)");
            }

            account = type.IsToken ? null : Account(r, problems);
        }

        if (problems.Count > 0)
        {
            return ApiError.Validation(string.Join("; ", problems));
        }

        valid = new ValidatedWithdrawal(type!, amount, Money.FromDecimal(type!.Fee), phone, account);
        return null;
    }

    private static BankAccount? Account(CreateWithdrawalRequest r, List<string> problems)
    {
        var before = problems.Count;
        if (r.AccountNumber is null || r.AccountNumber.Length is < 7 or > 80)
        {
            problems.Add("accountNumber is required for bank payouts (7-80 characters)");
        }

        if (r.AccountName is { Length: < 3 or > 50 } || r.Bank is { Length: < 3 or > 50 })
        {
            problems.Add("accountName and bank must be 3-50 characters");
        }

        if (r.BranchCode is { Length: < 2 or > 20 })
        {
            problems.Add("branchCode must be 2-20 characters");
        }

        if (r.BankCountry is { Length: not 2 })
        {
            problems.Add("bankCountry must be an ISO 3166 alpha-2 code");
        }

        return problems.Count > before ? null : new BankAccount(r.AccountNumber!, r.AccountName, r.Bank, r.BankCountry, r.BranchCode, r.Reference);
    }
}
