namespace EclipseConformance.Engine.Control;

/// <summary>
/// Where each running upstream simulator listens, filled when the simulators start (before the engine serves
/// requests). Features configure their HttpClients from it when the client is created, e.g.
/// <c>services.AddHttpClient("frontierweb", (sp, c) =&gt; c.BaseAddress = sp.GetRequiredService&lt;SimulatorEndpoints&gt;().BaseUrl("frontierweb"))</c>.
/// </summary>
public sealed class SimulatorEndpoints
{
    private volatile Dictionary<string, Uri> _baseUrls = [];

    /// <summary>Base URL by simulator name ("frontierweb", "sms", "mnp", ...), without a trailing slash.</summary>
    public IReadOnlyDictionary<string, Uri> BaseUrls => _baseUrls;

    public Uri BaseUrl(string name) =>
        _baseUrls.TryGetValue(name, out var url) ? url : throw new InvalidOperationException($"Simulator '{name}' is not running (disabled, or the engine has not started).");

    public bool TryGetBaseUrl(string name, out Uri? url) => _baseUrls.TryGetValue(name, out url);

    internal void Publish(IReadOnlyDictionary<string, string> urls) =>
        _baseUrls = urls.ToDictionary(u => u.Key, u => new Uri(u.Value), StringComparer.OrdinalIgnoreCase);
}
