namespace EclipseConformance.Engine.Primitives;

/// <summary>
/// The engine's only source of randomness (tokens, session ids, challenges). Injected so tests can make it
/// deterministic; production uses a cryptographic generator.
/// </summary>
public interface IRandomSource
{
    void Fill(Span<byte> buffer);

    /// <summary>A uniformly distributed integer in [0, maxExclusive).</summary>
    int NextInt(int maxExclusive);

    Guid NextGuid();
}
