using System.Globalization;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

public abstract partial class DtbProvider
{
    /// <summary>
    /// Submits the payment to Fiorano (its transactionRef is the payment's gateway id, so a repeated submission is the
    /// same payment there). Accepted: PENDING with the dtb* extraInfo; refused: the payment fails (ERROR, hold released).
    /// </summary>
    public async Task<ProviderStep> SubmitAsync(VasWork work, CancellationToken cancellationToken)
    {
        var state = DtbProviderState.Read(work.ProviderState);
        var customer = await customers.FindAsync(work.TenantId, work.CustomerId, cancellationToken);
        var wallet = await wallets.FindAsync(work.WalletId, cancellationToken);
        if (customer is null || wallet is null)
        {
            return ProviderStep.Declined($"Customer {work.CustomerId} or wallet {work.WalletId} no longer exists", FailureKind.Temporary);
        }

        var sourceType = await sourceTypes.ForAsync(work.TenantId, wallet.WalletTypeId, cancellationToken);
        var extraInfo = DtbExtraInfo.Build(market, customer, wallet, sourceType, work.ProductId, work.AdditionalFields);
        var body = new JsonObject
        {
            ["transactionRef"] = work.GatewayTransactionId,
            ["utilityCode"] = work.ProductId,
            ["customerReference"] = state.Reference,
            ["amount"] = work.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["currency"] = work.Currency,
            ["sourceType"] = sourceType,
            ["sourceAccount"] = wallet.AccountNumber ?? wallet.ExternalId ?? wallet.FriendlyId,
            ["sourceName"] = $"{customer.FirstName} {customer.LastName}".Trim(),
            ["sourcePhone"] = customer.Phone1,
            ["destinationName"] = work.Field("destinationName"),
            ["destinationPhone"] = work.Field("destinationPhone") ?? work.Field("msisdn"),
            ["narration"] = $"Eclipse payment {work.PaymentId}",
        };
        var answer = await client.PostAsync(market, "payments", body, cancellationToken);
        if (answer.IsSuccess)
        {
            var accepted = (state with { FioranoReference = answer.Text("fioranoReference") }).Write();
            return answer.Text("status") switch
            {
                "SUCCESSFUL" => ProviderStep.Approved(extraInfo, accepted),
                "FAILED" => Failed(extraInfo, $"DTB could not complete the payment: {answer.Describe()}"),
                _ => ProviderStep.Pending(extraInfo, accepted),
            };
        }

        return answer.IsRefusal
            ? Failed(extraInfo, $"DTB rejected the payment: {answer.Describe()}")
            : new ProviderStep(ProviderOutcome.Unknown, extraInfo, $"The submission to DTB got no usable answer: {answer.Describe()}", FailureKind.Temporary);
    }

    /// <summary>Asks Fiorano for the payment's state: PENDING, SUCCESSFUL, FAILED, or not found (never received).</summary>
    public async Task<ProviderStep> QueryAsync(VasWork work, CancellationToken cancellationToken)
    {
        var answer = await client.GetAsync(market, "payments/" + Uri.EscapeDataString(work.GatewayTransactionId), cancellationToken);
        if (answer.IsSuccess)
        {
            return answer.Text("status") switch
            {
                "SUCCESSFUL" => ProviderStep.Approved(),
                "FAILED" => Failed(null, $"DTB could not complete the payment: {answer.Describe()}"),
                _ => ProviderStep.Pending(),
            };
        }

        return answer.IsRefusal && answer.StatusCode == 404
            ? new ProviderStep(ProviderOutcome.NotFound, ErrorDescription: "DTB has no record of the payment (the submission never reached it)", FailureKind: FailureKind.Temporary)
            : ProviderStep.Unknown($"The status query got no usable answer: {answer.Describe()}");
    }

    /// <summary>DTB's documents know SUCCESSFUL and ERROR only, so every DTB failure is reported as ERROR (ADR 0032).</summary>
    private static ProviderStep Failed(string? extraInfo, string description) =>
        new(ProviderOutcome.Declined, extraInfo, description, FailureKind.Temporary);
}
