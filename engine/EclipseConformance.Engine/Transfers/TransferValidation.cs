using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Transfers;

/// <summary>The field constraints of REF-XFER; every violation is listed in one VAL001.</summary>
public static class TransferValidation
{
    public static ApiError? Validate(TransferRequest r, out Money amount)
    {
        amount = default;
        var problems = new List<string>();
        if (r.ExternalUniqueId is null)
        {
            problems.Add("externalUniqueId is required");
        }
        else if (r.ExternalUniqueId.Length is < 6 or > 200)
        {
            problems.Add("externalUniqueId must be 6-200 characters");
        }

        if (r.Description is null)
        {
            problems.Add("description is required");
        }
        else if (r.Description.Length > 200)
        {
            problems.Add("description must be at most 200 characters");
        }

        if (r.ExternalId is { Length: < 5 or > 200 })
        {
            problems.Add("externalId must be 5-200 characters");
        }

        if (r.Location is { Length: > 200 })
        {
            problems.Add("location must be at most 200 characters");
        }

        if (r.FromWalletId is null)
        {
            problems.Add(r.FromAccountNumber is null ? "fromWalletId is required" : "fromWalletId is required (the simulator does not resolve fromAccountNumber)");
        }
        else if (r.FromWalletId <= 0)
        {
            problems.Add("fromWalletId must be positive");
        }

        if (r.ToWalletId is null)
        {
            problems.Add(r.ToAccountNumber is null ? "toWalletId is required" : "toWalletId is required (the simulator does not resolve toAccountNumber)");
        }
        else if (r.ToWalletId <= 0)
        {
            problems.Add("toWalletId must be positive");
        }

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

        if (r.ReplyPolicy is not null and not ("WHEN_GUARANTEED" or "WHEN_COMPLETE"))
        {
            problems.Add("replyPolicy must be WHEN_GUARANTEED or WHEN_COMPLETE");
        }

        return problems.Count == 0 ? null : ApiError.Validation(string.Join("; ", problems));
    }
}
