using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The secret the engine gives the ATM network simulator with each token registration and expects back (header
/// <c>X-Gateway-Key</c>) on its authorisation requests. New at every start; the simulators are restarted with the engine
/// and pending tokens are registered again, so the key never has to survive a restart.
/// </summary>
public sealed class GatewayKey(IRandomSource random)
{
    public const string Header = "X-Gateway-Key";

    private readonly byte[] _key = New(random);

    public string Value => Convert.ToHexStringLower(_key);

    public bool Matches(string? presented) =>
        presented is { Length: 64 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(Value));

    private static byte[] New(IRandomSource random)
    {
        var key = new byte[32];
        random.Fill(key);
        return key;
    }
}
