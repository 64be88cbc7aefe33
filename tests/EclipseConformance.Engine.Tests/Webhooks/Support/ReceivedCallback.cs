using System.Text;

namespace EclipseConformance.Engine.Tests.Webhooks.Support;

/// <summary>One request a <see cref="CallbackReceiver"/> got: when (on the engine's fake clock), headers and raw body.</summary>
internal sealed record ReceivedCallback(DateTimeOffset At, string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
