namespace GherkinSample;

/// <summary>Scenario state, injected into every binding class of the scenario (one instance per scenario).</summary>
public sealed class WalletState
{
    public decimal Balance { get; set; }

    public string? Owner { get; set; }

    public string? Statement { get; set; }
}
