using System.Globalization;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Which DTB source a wallet is (S-VAS: "the wallet type of the walletId determines if the source of the transaction is
/// an Eclipse wallet or a DTB Bank Account"): tenant config <c>dtb.config.walletTypeSourceTypes</c>, a comma list of
/// <c>{walletTypeId}:{DTB_WALLET|DTB_BANK_ACCOUNT}</c> (ADR 0032). Types not listed are <c>DTB_WALLET</c>.
/// </summary>
public sealed class DtbSourceTypes(EclipseConfig config)
{
    public const string Key = "dtb.config.walletTypeSourceTypes";
    public const string Wallet = "DTB_WALLET";
    public const string BankAccount = "DTB_BANK_ACCOUNT";

    public async Task<string> ForAsync(long tenantId, long walletTypeId, CancellationToken cancellationToken)
    {
        var value = (await config.ResolveAsync(tenantId, Key, cancellationToken))?.Value;
        return Parse(value).GetValueOrDefault(walletTypeId, Wallet);
    }

    /// <summary>The map a config value describes; malformed entries are skipped.</summary>
    public static IReadOnlyDictionary<long, string> Parse(string? value)
    {
        var map = new Dictionary<long, string>();
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var type)
                && parts[1] is Wallet or BankAccount)
            {
                map[type] = parts[1];
            }
        }

        return map;
    }
}
