using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.DemoWorld;

/// <summary>The demo world generated at first start (deterministic for a given seed).</summary>
public sealed class DemoWorldOptions
{
    public const string Section = "DemoWorld";

    /// <summary>Bogus seed: the same seed always produces the same tenants, people, ids and balances.</summary>
    public int Seed { get; set; } = 20_260_101;

    [Range(100, 200_000)]
    public int CustomerCount { get; set; } = 2_400;

    /// <summary>Size of the global integrator's PKI key (the documents say RSA 4096; tests use 2048 to start faster).</summary>
    [Range(2048, 4096)]
    public int IntegratorKeyBits { get; set; } = 4096;

    /// <summary>Members of the seeded family that shares a surname and a household phone (exercises the 100-record cap).</summary>
    [Range(0, 1_000)]
    public int CapFamilySize { get; set; } = 60;

    /// <summary>Overrides the generated administrator password.</summary>
    public string? AdminPassword { get; set; }
}
