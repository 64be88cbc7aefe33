namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>Where a registered cash token stands at the network.</summary>
public enum AtmTokenStatus
{
    /// <summary>Registered and not yet used: a cash-out with it is sent to the issuer for authorisation.</summary>
    Active,

    /// <summary>The issuer authorised a cash-out: the cash was dispensed; the token cannot be used again.</summary>
    Redeemed,
}
