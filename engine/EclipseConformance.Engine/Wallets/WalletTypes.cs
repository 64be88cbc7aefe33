namespace EclipseConformance.Engine.Wallets;

/// <summary>The wallet types the store is created with (wallet_types rows).</summary>
public static class WalletTypes
{
    public const long CustomerMain = 5001;
    public const long TenantFloat = 5002;
    public const long IntegratorDisbursement = 5003;
    public const long VasSettlement = 5004;
    public const long FeeIncome = 5005;
    public const long TenantOperating = 5006;

    public static bool Exists(long walletTypeId) => walletTypeId is >= CustomerMain and <= TenantOperating;
}
