using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Features.Support;
using EclipseConformance.Gherkin;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Drivers;

/// <summary>
/// The scenario's HTTP access to the Eclipse surface: one logged-in client per role (created on first use), every
/// exchange recorded, and the last response kept for the Then steps.
/// </summary>
public sealed class EclipseApi(FeatureContext feature, ExchangeLog log, SecretWatch secrets) : IDisposable
{
    private readonly Dictionary<Role, EclipseClient> _clients = [];

    public SpecTarget Target => TargetHooks.Target(feature);

    public SeedDocument Seed => Target.Seed ?? throw new InvalidOperationException("This step needs a simulator with the demo world");

    public ApiResponse? Last { get; set; }

    public EclipseClient NewClient() => new(new HttpClient(new RecordingHandler(log, secrets)) { BaseAddress = Target.BaseAddress });

    public async Task<EclipseClient> AsAsync(Role role)
    {
        if (_clients.TryGetValue(role, out var existing))
        {
            return existing;
        }

        var (identity, password) = Credentials(role);
        var client = NewClient();
        await client.LoginAsync(identity, password);
        _clients[role] = client;
        return client;
    }

    public (string Identity, string Password) Credentials(Role role)
    {
        if (Target.Seed is null)
        {
            return role == Role.TenantApiUser && Target.User is { } user ? user
                : throw new InvalidOperationException("Against a target without a control plane only the configured identity can be used");
        }

        var seed = Target.Seed;
        return role switch
        {
            Role.TenantApiUser => (seed.Tenants[0].Identity, seed.Tenants[0].Password),
            Role.OtherTenantApiUser => (seed.Tenants[1].Identity, seed.Tenants[1].Password),
            Role.GlobalIntegrator => (seed.GlobalIntegrator.Identity, seed.GlobalIntegrator.Password),
            Role.Administrator => (seed.Admin.Identity, seed.Admin.Password),
            Role.Customer => seed.SampleCustomers.Where(c => c.Identity is not null).Select(c => (c.Identity!, c.Password!)).First(),
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
    }

    /// <summary>The tenant a role acts in.</summary>
    public long TenantOf(Role role) => role switch
    {
        Role.OtherTenantApiUser => Seed.Tenants[1].TenantId,
        Role.GlobalIntegrator => Seed.GlobalIntegrator.TenantId,
        Role.Customer => Seed.SampleCustomers.First(c => c.Identity is not null).TenantId,
        _ => Seed.Tenants[0].TenantId,
    };

    public async Task<ApiResponse> RememberAsync(Task<ApiResponse> call) => Last = await call;

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
