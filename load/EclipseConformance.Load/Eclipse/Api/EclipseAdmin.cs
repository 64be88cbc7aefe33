using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>
/// The simulator administrator's view of the engine, used for setup and for the post-run checks (never on the hot
/// path): a global-admin JWT (renewed by logging in again on 401) for tenant APIs and the control plane.
/// </summary>
public sealed class EclipseAdmin : IDisposable
{
    /// <summary>Largest page of the transactions query the engine accepts by default.</summary>
    public const int TransactionsPageSize = 1000;

    /// <summary>Largest page of the wallet and customer lists.</summary>
    public const int ListPageSize = 500;

    private readonly HttpClient _http;
    private readonly AdminCredentials _credentials;
    private readonly SemaphoreSlim _login = new(1, 1);
    private string? _authorization;

    public EclipseAdmin(Uri target, AdminCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(target);
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, MaxConnectionsPerServer = 16 };
        _http = new HttpClient(handler) { BaseAddress = target, Timeout = TimeSpan.FromMinutes(5) };
    }

    public Task<SeedInfo> SeedAsync(CancellationToken ct) => GetAsync<SeedInfo>("sim/v1/seed", ct);

    public Task<InvariantsInfo> InvariantsAsync(CancellationToken ct) => GetAsync<InvariantsInfo>("sim/v1/ledger/invariants", ct);

    public Task<LedgerStatsInfo> LedgerStatsAsync(CancellationToken ct) => GetAsync<LedgerStatsInfo>("sim/v1/ledger/stats", ct);

    public Task<WalletInfo> FundAsync(long walletId, decimal amount, string externalUniqueId, CancellationToken ct) =>
        SendAsync<WalletInfo>(HttpMethod.Post, Invariant($"sim/v1/wallets/{walletId}/fund"), new { amount, externalUniqueId, description = "load profile funding" }, ct);

    public Task<WalletInfo> WalletAsync(long tenantId, long walletId, CancellationToken ct) =>
        GetAsync<WalletInfo>(Invariant($"{EclipseLogin.BasePath}tenants/{tenantId}/wallets/{walletId}"), ct);

    public Task<List<WalletInfo>> WalletsAsync(long tenantId, int offset, CancellationToken ct) =>
        GetAsync<List<WalletInfo>>(Invariant($"{EclipseLogin.BasePath}tenants/{tenantId}/wallets?limit={ListPageSize}&offset={offset}"), ct);

    public Task<WalletInfo> OpenWalletAsync(long tenantId, long customerId, string name, CancellationToken ct) =>
        SendAsync<WalletInfo>(HttpMethod.Post, Invariant($"{EclipseLogin.BasePath}tenants/{tenantId}/customers/{customerId}/wallets"), new { name }, ct);

    /// <summary>One page of a wallet's transactions, newest first; optionally only those of one externalUniqueId.</summary>
    public Task<List<TransactionInfo>> TransactionsAsync(long tenantId, long walletId, int offset, int limit, string? externalUniqueId, CancellationToken ct)
    {
        var path = Invariant($"{EclipseLogin.BasePath}tenants/{tenantId}/wallets/{walletId}/transactions?limit={limit}&offset={offset}");
        return GetAsync<List<TransactionInfo>>(externalUniqueId is null ? path : path + "&externalUniqueId=" + Uri.EscapeDataString(externalUniqueId), ct);
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken ct) => await SendAsync<T>(HttpMethod.Get, path, null, ct);

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var authorization = _authorization ?? await LoginAsync(null, ct);
            using var request = new HttpRequestMessage(method, path);
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: ApiJson.Options);
            }

            using var response = await _http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                await LoginAsync(authorization, ct);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new EclipseApiException($"{method} {path}", response.StatusCode, await response.Content.ReadAsStringAsync(ct));
            }

            return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct) ?? throw new InvalidDataException($"{method} {path} answered an empty body.");
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _login.Dispose();
    }

    private async Task<string> LoginAsync(string? stale, CancellationToken ct)
    {
        await _login.WaitAsync(ct);
        try
        {
            if (_authorization is not null && _authorization != stale)
            {
                return _authorization;
            }

            var reply = await EclipseLogin.LoginAsync(_http, _credentials.Identity, _credentials.Password, null, ct);
            return _authorization = reply.HeaderValue;
        }
        catch (EclipseApiException ex) when (ex.Status == HttpStatusCode.Unauthorized)
        {
            throw new InvalidOperationException(
                $"The simulator administrator '{_credentials.Identity}' cannot log in ({ex.Message}). Pass the engine's admin password with --admin-password "
                + "(a store seeded earlier keeps the admin password it was seeded with).", ex);
        }
        finally
        {
            _login.Release();
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
