namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Which side of each behaviour-affecting conflict in the documents (fact sheet 10) is active, with the defaults
/// chosen in ADR 0016. The lookup match rule, JWT lifetime and callback step 1 live in their own policies
/// (<see cref="LookupPolicy"/>, <see cref="JwtPolicy"/>, <see cref="CallbackRetryPolicy"/>). Rule file: <c>policies.conflicts</c>.
/// </summary>
public sealed record ConflictSettings
{
    /// <summary>Default ASYNC: POST answers SUCCESSFUL without extraInfo, the vend completes after (the newer document).</summary>
    public FrontierWebCompletion FrontierWebCompletion { get; init; } = FrontierWebCompletion.Async;

    /// <summary>Default FAILED_ERROR: a VAS payment fails as FAILED (permanent) or ERROR (temporary).</summary>
    public VasFailureStatuses VasFailureStatuses { get; init; } = VasFailureStatuses.FailedError;

    /// <summary>Default USR002 (the documented login example); SEC005 is EFT-ERR's code.</summary>
    public BadLoginCode BadLoginCode { get; init; } = BadLoginCode.Usr002;

    /// <summary>Default true: a global integrator with a PKI key may still log in with its password (a simulator convenience).</summary>
    public bool IntegratorPasswordLogin { get; init; } = true;

    /// <summary>Default GLOBAL (REF-BULK; what the store enforces today); TENANT is S-VAS's wording.</summary>
    public ExternalUniqueIdScope ExternalUniqueIdScope { get; init; } = ExternalUniqueIdScope.Global;

    /// <summary>Default EITHER: yyyyMMdd and yyyy-MM-dd are both accepted and stored as yyyyMMdd.</summary>
    public DateOfBirthFormat DateOfBirthFormat { get; init; } = DateOfBirthFormat.Either;

    /// <summary>Default SINGLE_ATTEMPT: wallet-movement notifications are sent once, never retried (WMN).</summary>
    public WalletMovementDelivery WalletMovementNotifications { get; init; } = WalletMovementDelivery.SingleAttempt;

    /// <summary>Default TIMESTAMP_DOT_BODY: <c>Eclipse-Signature</c> covers "t.body" (UK-ENC, with its worked example).</summary>
    public HmacSignatureInput HmacSignatureInput { get; init; } = HmacSignatureInput.TimestampDotBody;

    /// <summary>The envelope code for a wrong identity/password.</summary>
    public string BadLoginErrorCode => BadLoginCode == BadLoginCode.Sec005 ? "SEC005" : "USR002";
}
