using System.Text;
using Dapper;
using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Lookup;

/// <summary>
/// The global wallet lookup query (ADR 0021). A record needs at least two matching criteria, so it must match at
/// least one criterion other than the surname: the candidates are the union of the <b>selective</b> criteria's
/// index lookups (phone key, national id, passport on <c>customers</c>; wallet id, friendly id, account number,
/// externalUniqueId on <c>wallets</c>), and every criterion — the surname too — is then counted per candidate wallet
/// from its own row. A common surname is never enumerated and nothing scans the world: the cost is
/// O(Σ|candidates| · log n), a handful of rows for any real request.
/// </summary>
public sealed class LookupStore(Database database)
{
    private const string Select =
        "w.wallet_id AS WalletId, w.tenant_id AS TenantId, t.name AS TenantName, t.country AS Country, w.friendly_id AS FriendlyId, " +
        "w.currency AS Currency, w.status AS Status, t.accepts_cross_tenant AS AcceptsCrossTenant, c.first_name AS FirstName, " +
        "c.last_name AS LastName, c.phone1 AS Phone, c.national_identity_number AS NationalIdentityNumber, c.passport_number AS PassportNumber";

    public async Task<IReadOnlyList<LookupRow>> FindAsync(LookupQuery query, LookupMatchRule rule, int cap, CancellationToken cancellationToken)
    {
        var (sql, parameters) = Build(query, rule, cap);
        if (sql is null)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LookupRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The SQL for a query (null when no selective criterion was given, so nothing can match).</summary>
    internal static (string? Sql, DynamicParameters Parameters) Build(LookupQuery q, LookupMatchRule rule, int cap)
    {
        var p = new DynamicParameters();
        var matches = new List<string>();
        var candidates = new List<string>();
        string? phoneMatch = null;

        if (q.LastName is not null)
        {
            p.Add("lastNameKey", NameKey.Of(q.LastName));
            matches.Add("c.last_name_key = @lastNameKey");
        }

        if (q.Phone is not null)
        {
            var forms = PhoneNumbers.SearchForms(q.Phone);
            var alternatives = new List<string>(forms.Count);
            for (var i = 0; i < forms.Count; i++)
            {
                p.Add($"phoneKey{i}", forms[i].Key);
                p.Add($"phone{i}", forms[i].International);
                alternatives.Add($"(c.phone_key = @phoneKey{i} AND c.phone1 = @phone{i})");
            }

            phoneMatch = "(" + string.Join(" OR ", alternatives) + ")";
            matches.Add(phoneMatch);
            candidates.Add(CustomerWallets(phoneMatch));
        }

        AddExact(q.NationalIdentityNumber, "nationalId", "c.national_identity_number", customerLevel: true);
        AddExact(q.PassportNumber, "passport", "c.passport_number", customerLevel: true);
        AddExact(q.WalletFriendlyId, "friendlyId", "w.friendly_id", customerLevel: false);
        if (q.AccountNumber is not null)
        {
            p.Add("accountNumber", q.AccountNumber);
            Wallet("w.account_number = @accountNumber");
        }

        if (q.ExternalUniqueId is not null)
        {
            p.Add("walletExternalUniqueId", q.ExternalUniqueId);
            Wallet("w.external_unique_id = @walletExternalUniqueId");
        }

        if (q.WalletId is not null)
        {
            p.Add("walletId", q.WalletId.Value);
            Wallet("w.wallet_id = @walletId");
        }

        if (candidates.Count == 0)
        {
            return (null, p);
        }

        p.Add("cap", cap);
        var sql = new StringBuilder();
        sql.Append("SELECT * FROM (SELECT ").Append(Select).Append(", ");
        sql.Append(string.Join(" + ", matches.Select(m => $"(CASE WHEN {m} THEN 1 ELSE 0 END)"))).Append(" AS Matches");
        sql.Append(phoneMatch is null ? ", 0 AS PhoneMatch" : $", (CASE WHEN {phoneMatch} THEN 1 ELSE 0 END) AS PhoneMatch");
        sql.Append(" FROM wallets w JOIN customers c ON c.customer_id = w.customer_id JOIN tenants t ON t.tenant_id = w.tenant_id");
        sql.Append(" WHERE w.wallet_id IN (").Append(string.Join(" UNION ", candidates)).Append(')');
        if (q.Transferable)
        {
            sql.Append(" AND t.accepts_cross_tenant = 1");
        }

        sql.Append(") m WHERE m.Matches >= 2");
        if (rule == LookupMatchRule.PhoneOrTwo)
        {
            sql.Append(" OR m.PhoneMatch = 1");
        }

        sql.Append(" ORDER BY m.Matches DESC, m.WalletId LIMIT @cap");
        return (sql.ToString(), p);

        void AddExact(string? value, string name, string column, bool customerLevel)
        {
            if (value is null)
            {
                return;
            }

            // As given, or in capitals (ids and references are usually stored upper case): both forms use the index.
            p.Add(name, value);
            p.Add(name + "Upper", value.ToUpperInvariant());
            var match = $"{column} IN (@{name}, @{name}Upper)";
            if (customerLevel)
            {
                matches.Add(match);
                candidates.Add(CustomerWallets(match));
            }
            else
            {
                Wallet(match);
            }
        }

        void Wallet(string match)
        {
            matches.Add(match);
            candidates.Add($"SELECT w.wallet_id FROM wallets w WHERE {match} AND w.customer_id IS NOT NULL");
        }

        static string CustomerWallets(string match) =>
            $"SELECT w.wallet_id FROM customers c JOIN wallets w ON w.customer_id = c.customer_id WHERE {match}";
    }
}
