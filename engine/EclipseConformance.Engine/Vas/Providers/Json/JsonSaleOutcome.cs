namespace EclipseConformance.Engine.Vas;

/// <summary>What a <see cref="JsonSaleDialect"/> answer to a sale or to its status query means for the payment.</summary>
public static class JsonSaleOutcome
{
    /// <summary>
    /// The sale's answer: a refusal (4xx) is a temporary decline (nothing was sold); no usable answer leaves the outcome
    /// unknown (the status query settles it); otherwise the result code decides.
    /// </summary>
    public static ProviderStep OfSale(VasJsonAnswer answer, JsonSaleDialect dialect)
    {
        if (!answer.IsOk)
        {
            return answer.IsRefusal
                ? ProviderStep.Declined(
                    $"{dialect.Upstream} refused the {dialect.Sale} request (HTTP {answer.Status}): {answer.Text(dialect.MessageField)}", FailureKind.Temporary)
                : ProviderStep.Unknown($"The {dialect.Upstream} {dialect.Sale} got no usable answer: " + answer.Describe(dialect.Upstream));
        }

        return OfResultCode(answer, dialect);
    }

    /// <summary>The status query's answer: 404 with the not-found code means the sale never reached the upstream.</summary>
    public static ProviderStep OfQuery(VasJsonAnswer answer, JsonSaleDialect dialect)
    {
        if (answer.Status == 404 && answer.Text(dialect.CodeField) == dialect.NotFoundCode)
        {
            return ProviderStep.NotFound($"{dialect.Upstream} has no record of the {dialect.Sale} (it never reached {dialect.Upstream})");
        }

        return answer.IsOk
            ? OfResultCode(answer, dialect)
            : ProviderStep.Unknown($"The {dialect.Upstream} {dialect.Query} got no usable answer: " + answer.Describe(dialect.Upstream));
    }

    /// <summary>The approving code approves (extraInfo = the upstream's answer); the temporary code is a temporary decline; any other a permanent one.</summary>
    private static ProviderStep OfResultCode(VasJsonAnswer answer, JsonSaleDialect dialect)
    {
        var code = answer.Text(dialect.CodeField);
        if (code == dialect.ApprovedCode)
        {
            return ProviderStep.Approved(answer.Body!.ToJsonString());
        }

        var description = $"{dialect.Upstream} declined the {dialect.Sale} ({code}): {answer.Text(dialect.MessageField)}";
        return ProviderStep.Declined(description, code == dialect.TemporaryCode ? FailureKind.Temporary : FailureKind.Permanent);
    }
}
