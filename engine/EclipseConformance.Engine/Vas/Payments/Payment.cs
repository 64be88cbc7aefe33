namespace EclipseConformance.Engine.Vas;

/// <summary>A stored VAS payment (row of <c>vas_payments</c>); amounts in nano-units, times in Unix ms.</summary>
public sealed record Payment
{
    public long PaymentId { get; init; }

    public long TenantId { get; init; }

    public long CustomerId { get; init; }

    public long WalletId { get; init; }

    public string ExternalUniqueId { get; init; } = "";

    public string PaymentType { get; init; } = "";

    public string Provider { get; init; } = "";

    public string Flow { get; init; } = "";

    public long PartnerId { get; init; }

    public string ProductId { get; init; } = "";

    public string? PrevendProductId { get; init; }

    public string ProductName { get; init; } = "";

    public string? ProductCategory { get; init; }

    public string PaymentData { get; init; } = "";

    /// <summary>JSON array of <c>{id, value}</c>, as accepted.</summary>
    public string AdditionalFields { get; init; } = "[]";

    public long Amount { get; init; }

    public long Fee { get; init; }

    public string Currency { get; init; } = "";

    public string Description { get; init; } = "";

    public string PaymentReference { get; init; } = "";

    public string? CallbackUrl { get; init; }

    public string? LandingUrl { get; init; }

    public string? Phone { get; init; }

    public string TracingContext { get; init; } = "";

    public long? DestinationWalletId { get; init; }

    public long? FeeWalletId { get; init; }

    /// <summary><c>ASYNC</c> or <c>SYNC</c>: the FrontierWeb completion policy when the payment was accepted.</summary>
    public string Completion { get; init; } = "";

    /// <summary><c>FAILED_ERROR</c> or <c>ERROR_PERM_TEMP</c>: the failure-status policy when the payment was accepted.</summary>
    public string FailureStatuses { get; init; } = "";

    /// <summary>The flow's state machine state (enum name).</summary>
    public string State { get; init; } = "";

    /// <summary>The wire status.</summary>
    public string Status { get; init; } = "";

    public string? FailureKind { get; init; }

    public string? ExtraInfo { get; init; }

    public string? ErrorDescription { get; init; }

    public string ProviderState { get; init; } = "{}";

    public int Attempts { get; init; }

    public int Checks { get; init; }

    public long? SettlementPostingId { get; init; }

    public long? ReversalPostingId { get; init; }

    public long? HoldId { get; init; }

    public long? WorkDueMs { get; init; }

    public string? ClaimToken { get; init; }

    public long? ClaimUntilMs { get; init; }

    public long Version { get; init; }

    public long CreatedMs { get; init; }

    public long LastModifiedMs { get; init; }

    public VasFlow FlowKind => Enum.Parse<VasFlow>(Flow);

    /// <summary>Amount plus fee: what the customer pays.</summary>
    public long Total => checked(Amount + Fee);
}
