using System.Security.Cryptography;

namespace EclipseConformance.Engine.Primitives;

/// <summary>Cryptographically strong randomness for tokens, session ids and challenges.</summary>
public sealed class CryptoRandomSource : IRandomSource
{
    public void Fill(Span<byte> buffer) => RandomNumberGenerator.Fill(buffer);

    public int NextInt(int maxExclusive) => RandomNumberGenerator.GetInt32(maxExclusive);

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
