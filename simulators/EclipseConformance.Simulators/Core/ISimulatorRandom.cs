namespace EclipseConformance.Simulators;

/// <summary>
/// The randomness a simulator may use (tokens, serials, message ids). Injected so that fixtures are
/// deterministic for a given seed: the same seed and the same request sequence give the same values.
/// </summary>
public interface ISimulatorRandom
{
    /// <summary>A uniformly distributed value in [0, <paramref name="maxExclusive"/>).</summary>
    long NextInt64(long maxExclusive);

    /// <summary><paramref name="count"/> decimal digits; the first is non-zero when <paramref name="nonZeroFirst"/>.</summary>
    string NextDigits(int count, bool nonZeroFirst = false);

    /// <summary><paramref name="count"/> lower-case hexadecimal characters.</summary>
    string NextHex(int count);
}
