using System.Security.Cryptography;
using Dapper;
using EclipseConformance.Engine.Storage;
using Microsoft.IdentityModel.Tokens;

namespace EclipseConformance.Engine.Identity;

/// <summary>
/// The engine's JWT signing key: RSA (PS256, as Eclipse's 2022 sample token), created at first start and kept in
/// the store so it survives restarts and is shared by every instance on a PostgreSQL store.
/// </summary>
public sealed class SigningKeys(Database database, TimeProvider time)
{
    public const string KeyId = "1";
    private const string StateKey = "identity.jwt-signing-key";
    private RsaSecurityKey? _key;

    public RsaSecurityKey Key => _key ?? throw new InvalidOperationException("Signing keys are not loaded yet.");

    public async Task LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var pem = await connection.QuerySingleOrDefaultAsync<string>("SELECT value FROM sim_state WHERE key = @key", new { key = StateKey });
        if (pem is null)
        {
            using var created = RSA.Create(2048);
            await connection.ExecuteAsync(
                "INSERT INTO sim_state (key, value, updated_ms) VALUES (@key, @value, @ms) ON CONFLICT (key) DO NOTHING",
                new { key = StateKey, value = created.ExportPkcs8PrivateKeyPem(), ms = time.GetUtcNow().ToUnixTimeMilliseconds() });
            pem = await connection.QuerySingleAsync<string>("SELECT value FROM sim_state WHERE key = @key", new { key = StateKey });
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        _key = new RsaSecurityKey(rsa) { KeyId = KeyId };
    }
}
