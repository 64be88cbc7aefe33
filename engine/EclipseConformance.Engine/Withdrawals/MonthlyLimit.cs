using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The monthly withdrawal-token limit per destination (fact sheet 4.6, ADR 0022), decided inside the creating write
/// transaction: SQLite's write lock already serialises creations; on PostgreSQL a transaction-scoped advisory lock on
/// the key serialises creations for the same phone (across every tenant and engine instance), so concurrent requests
/// cannot together pass the limit. Counted: the policy's statuses, created in the policy's window, in its currency.
/// </summary>
public static class MonthlyLimit
{
    /// <summary>The limit applies to cash tokens in the policy's currency (ZAR by default).</summary>
    public static bool Applies(WithdrawalTypePolicy type, string currency, WithdrawalLimitPolicy policy) =>
        type.IsToken && string.Equals(currency, policy.Currency, StringComparison.Ordinal);

    /// <summary>The key a phone counts on; a wallet whose owner has no phone counts on itself (ADR 0022).</summary>
    public static string KeyFor(string? phone, long walletId) =>
        phone ?? string.Create(CultureInfo.InvariantCulture, $"wallet:{walletId}");

    /// <summary>Null when <paramref name="amount"/> fits; otherwise the refusal's description.</summary>
    public static async Task<string?> CheckAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, string key, string currency, Money amount, WithdrawalLimitPolicy policy, DateTimeOffset now)
    {
        if (dialect.Provider == StoreProvider.Postgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@lockKey)", new { lockKey = LockKey(key) }, transaction);
        }

        var (start, _) = policy.WindowAt(now);
        var used = await WithdrawalStore.CountedAsync(
            connection, transaction, dialect, key, currency, start.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), policy.CountedStatuses.ToArray());
        var limit = Money.FromDecimal(policy.Amount);
        if (used + amount.Nanos <= limit.Nanos)
        {
            return null;
        }

        var window = policy.Window == WithdrawalWindow.CalendarMonth ? "calendar month" : "30 days";
        var target = key.StartsWith("wallet:", StringComparison.Ordinal) ? "this wallet" : "this phone";
        return string.Create(CultureInfo.InvariantCulture, $"Monthly withdrawal limit reached for {target}: at most {policy.Currency} {policy.Amount:0.00} of withdrawal tokens per {window}");
    }

    /// <summary>A 64-bit advisory-lock key for a limit key (namespaced, so it cannot meet another feature's locks by design).</summary>
    public static long LockKey(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("withdrawal-limit:" + key), hash);
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }
}
