using System.Text;

namespace EclipseConformance.Simulators;

/// <summary>
/// A small deterministic generator (SplitMix64). Not cryptographic: it only has to make simulator
/// fixtures look plausible and repeat exactly for a given seed. Thread-safe.
/// </summary>
public sealed class SeededRandom : ISimulatorRandom
{
    private readonly Lock _gate = new();
    private ulong _state;

    public SeededRandom(long seed) => _state = unchecked((ulong)seed);

    /// <summary>
    /// An independent stream for one simulator: the set's seed mixed with a stable hash of the
    /// stream name, so adding a simulator never shifts the values another one produces.
    /// </summary>
    public static SeededRandom ForStream(long seed, string streamName)
    {
        ArgumentNullException.ThrowIfNull(streamName);
        return new SeededRandom(unchecked(seed ^ (long)StableHash(streamName)));
    }

    public long NextInt64(long maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        // Rejection sampling keeps the distribution uniform.
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);
        return (long)(value % bound);
    }

    public string NextDigits(int count, bool nonZeroFirst = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            var digit = i == 0 && nonZeroFirst ? 1 + NextInt64(9) : NextInt64(10);
            builder.Append((char)('0' + digit));
        }

        return builder.ToString();
    }

    public string NextHex(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        const string Alphabet = "0123456789abcdef";
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Alphabet[(int)NextInt64(16)]);
        }

        return builder.ToString();
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across processes (unlike string.GetHashCode).</summary>
    internal static ulong StableHash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }

        return hash;
    }

    private ulong Next()
    {
        lock (_gate)
        {
            _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
            var z = _state;
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return z ^ (z >> 31);
        }
    }
}
