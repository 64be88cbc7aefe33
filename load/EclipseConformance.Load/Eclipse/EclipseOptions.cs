using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Eclipse.Verification;

namespace EclipseConformance.Load.Eclipse;

/// <summary>The Eclipse profiles' options: the engine the runner starts (or the credentials of one given with --target), verification, setup size.</summary>
public sealed record EclipseOptions
{
    public const int MinWallets = 4;
    public const int MaxWallets = 100_000;

    /// <summary>'sqlite' or a PostgreSQL connection string for the engine the runner starts (<c>--store</c>).</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>Passed through to the engine the runner starts (<c>--engine-arg</c>), e.g. <c>--DemoWorld:CustomerCount=300</c>.</summary>
    public IReadOnlyList<string> EngineArguments { get; init; } = [];

    public string? EngineDll { get; init; }

    public string AdminIdentity { get; init; } = AdminCredentials.DefaultIdentity;

    /// <summary>Needed with --target; for an engine the runner starts, the password it is started with (random when null).</summary>
    public string? AdminPassword { get; init; }

    public VerifyMode Verify { get; init; } = VerifyMode.Full;

    /// <summary>Wallets to create and fund (profiles that spread load); null: the profile's default.</summary>
    public int? Wallets { get; init; }

    public EngineTargetOptions ToEngineOptions() => new()
    {
        Store = Store,
        ExtraArguments = EngineArguments,
        EngineDll = EngineDll,
        AdminPassword = AdminPassword,
    };

    public void Validate()
    {
        if (Wallets is < MinWallets or > MaxWallets)
        {
            throw new ArgumentOutOfRangeException(nameof(Wallets), Wallets, $"--wallets is between {MinWallets} and {MaxWallets}.");
        }

        if (AdminPassword is { Length: < 3 or > 80 })
        {
            throw new ArgumentOutOfRangeException(nameof(AdminPassword), "The admin password is 3-80 characters.");
        }

        if (EngineArguments.Any(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            throw new ArgumentException("Engine arguments start with '--' (e.g. --DemoWorld:CustomerCount=300).", nameof(EngineArguments));
        }
    }
}
