using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Identity;

/// <summary>Reads and writes login identities and PKI challenges.</summary>
public sealed class IdentityStore(Database database, TimeProvider time)
{
    private const string Columns =
        "identity AS Identity, user_id AS UserId, tenant_id AS TenantId, customer_id AS CustomerId, roles AS Roles, " +
        "password_hash AS PasswordHash, public_key_pem AS PublicKeyPem, status AS Status";

    public async Task<IdentityRecord?> FindAsync(string identity, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<IdentityRecord>(
            $"SELECT {Columns} FROM identities WHERE identity = @identity", new { identity });
    }

    /// <summary>Inserts an identity; false when the name is taken (identities are global: login is not tenant-aware).</summary>
    public static async Task<bool> TryInsertAsync(DbConnection connection, DbTransaction? transaction, IdentityRecord record, long createdMs) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO identities (identity, user_id, tenant_id, customer_id, roles, password_hash, public_key_pem, status, created_ms)
            VALUES (@Identity, @UserId, @TenantId, @CustomerId, @Roles, @PasswordHash, @PublicKeyPem, @Status, @createdMs)
            ON CONFLICT (identity) DO NOTHING
            """,
            new { record.Identity, record.UserId, record.TenantId, record.CustomerId, record.Roles, record.PasswordHash, record.PublicKeyPem, record.Status, createdMs },
            transaction) == 1;

    public async Task SaveChallengeAsync(string challengeId, string identity, string answerSha256, string plainB64, long expiresMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            DELETE FROM login_challenges WHERE expires_ms < @now;
            INSERT INTO login_challenges (challenge_id, identity, answer_sha256, plain_b64, expires_ms, consumed)
            VALUES (@challengeId, @identity, @answerSha256, @plainB64, @expiresMs, 0);
            """,
            new { challengeId, identity, answerSha256, plainB64, expiresMs, now = time.GetUtcNow().ToUnixTimeMilliseconds() });
    }

    /// <summary>Outstanding (unexpired, unconsumed) challenges of an identity, newest first.</summary>
    public async Task<IReadOnlyList<(string ChallengeId, string AnswerSha256, string PlainB64)>> OutstandingChallengesAsync(string identity, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string, string)>(
            """
            SELECT challenge_id, answer_sha256, plain_b64 FROM login_challenges
            WHERE identity = @identity AND consumed = 0 AND expires_ms >= @now
            ORDER BY expires_ms DESC LIMIT 10
            """,
            new { identity, now = time.GetUtcNow().ToUnixTimeMilliseconds() });
        return rows.ToList();
    }

    /// <summary>Marks a challenge used; false if another request consumed it first (single use).</summary>
    public async Task<bool> ConsumeChallengeAsync(string challengeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE login_challenges SET consumed = 1 WHERE challenge_id = @challengeId AND consumed = 0", new { challengeId });
        return changed == 1;
    }
}
