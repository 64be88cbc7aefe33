using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Simulators;

/// <summary>Per-simulator settings. Every limit is a named option with a validated range.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Whether <see cref="SimulatorSet"/> starts this simulator.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>TCP port on <see cref="Host"/>; 0 lets the operating system choose a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>Interface to listen on. Loopback by default: simulators never need the network.</summary>
    [Required]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>How identifiers outside the fixtures behave (sandbox: succeed; production-like: fail).</summary>
    public FixtureMode FixtureMode { get; set; } = FixtureMode.Sandbox;

    /// <summary>How many requests the journal keeps (the oldest are dropped first).</summary>
    [Range(1, 100_000)]
    public int JournalCapacity { get; set; } = 500;

    /// <summary>Characters of each request/response body kept in the journal.</summary>
    [Range(0, 1_048_576)]
    public int JournalBodyLimit { get; set; } = 16_384;

    /// <summary>Maximum number of faults registered at the same time.</summary>
    [Range(1, 10_000)]
    public int MaxFaults { get; set; } = 256;

    /// <summary>Records a simulator remembers: transactions, SMS inbox entries, network overrides.</summary>
    [Range(1, 1_000_000)]
    public int StateCapacity { get; set; } = 10_000;

    /// <summary>Longest time a timeout fault holds a connection when it names no duration.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxHold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Throws <see cref="ValidationException"/> naming the first out-of-range setting.</summary>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
