using EclipseConformance.Load.Eclipse.Api;

namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>
/// One scenario copy's login: its own JWT (and session), renewed before it expires and obtained again after a 401,
/// so long runs keep a valid token without sharing one across copies.
/// </summary>
public sealed class EclipseSession(HttpClient http, EclipseIdentity identity, TimeProvider time)
{
    private DateTimeOffset _renewAt = DateTimeOffset.MinValue;

    public EclipseIdentity Identity { get; } = identity;

    /// <summary>The whole Authorization header value ("Bearer …").</summary>
    public string Authorization { get; private set; } = string.Empty;

    public int Logins { get; private set; }

    public int Renewals { get; private set; }

    public async Task LoginAsync(CancellationToken cancellationToken)
    {
        var reply = await EclipseLogin.LoginAsync(http, Identity.Identity, Identity.Password, Identity.PrivateKeyPem, cancellationToken);
        Accept(reply);
        Logins++;
    }

    /// <summary>Renews the token when 80 % of its lifetime has passed (cheap check on every request).</summary>
    public ValueTask EnsureFreshAsync(CancellationToken cancellationToken) =>
        time.GetUtcNow() < _renewAt ? ValueTask.CompletedTask : new ValueTask(RenewAsync(cancellationToken));

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            Accept(await EclipseLogin.RenewAsync(http, Authorization, cancellationToken));
            Renewals++;
        }
        catch (EclipseApiException)
        {
            await LoginAsync(cancellationToken);
        }
    }

    private void Accept(LoginReply reply)
    {
        var now = time.GetUtcNow();
        var expires = DateTimeOffset.FromUnixTimeSeconds(reply.ExpiresEpochSecs);
        _renewAt = now + ((expires - now) * 0.8);
        Authorization = reply.HeaderValue;
    }
}
