namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>
/// A small, fast pseudo-random generator (SplitMix64) owned by one scenario copy: wallet pairs and amounts are
/// drawn without locks or allocation, reproducibly for a given seed.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, <paramref name="bound"/>).</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        return (int)((Next() >> 33) % (ulong)bound);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public long Between(long min, long max) => min + (long)(Next() % (ulong)(max - min + 1));

    /// <summary>True with probability <paramref name="percent"/> / 100.</summary>
    public bool Percent(int percent) => Below(100) < percent;
}
