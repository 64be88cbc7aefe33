using System.Data.Common;

namespace EclipseConformance.Engine.Ledger;

/// <summary>The one column list and row mapping both stores use to read wallets into <see cref="WalletState"/>.</summary>
internal static class WalletStateReader
{
    public const string Select =
        """
        SELECT w.wallet_id, w.tenant_id, w.customer_id, w.currency, w.status, w.balance, w.reserved, wt.allow_negative, t.accepts_cross_tenant,
               w.wallet_type_id
        FROM wallets w
        JOIN wallet_types wt ON wt.wallet_type_id = w.wallet_type_id
        JOIN tenants t ON t.tenant_id = w.tenant_id
        """;

    public static async Task<Dictionary<long, WalletState>> ReadAsync(DbDataReader reader, int expected, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, WalletState>(expected);
        while (await reader.ReadAsync(cancellationToken))
        {
            var state = new WalletState
            {
                WalletId = reader.GetInt64(0),
                TenantId = reader.GetInt64(1),
                CustomerId = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Currency = reader.GetString(3),
                Status = reader.GetString(4),
                Balance = reader.GetInt64(5),
                Reserved = reader.GetInt64(6),
                AllowNegative = reader.GetInt64(7) != 0,
                AcceptsCrossTenant = reader.GetInt64(8) != 0,
                WalletTypeId = reader.GetInt64(9),
            };
            result[state.WalletId] = state;
        }

        return result;
    }

    public static async Task<Dictionary<(string, string), ExistingPosting>> ReadKeysAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, string), ExistingPosting>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result[(reader.GetString(0), reader.GetString(1))] =
                new ExistingPosting(reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4));
        }

        return result;
    }
}
