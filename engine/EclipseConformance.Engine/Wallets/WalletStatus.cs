namespace EclipseConformance.Engine.Wallets;

public static class WalletStatus
{
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
    public const string Frozen = "FROZEN";

    public static bool IsKnown(string status) => status is Active or Inactive or Frozen;
}
