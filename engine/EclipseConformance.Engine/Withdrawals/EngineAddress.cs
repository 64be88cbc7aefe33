using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The engine's base URL as an upstream simulator reaches it (for the ATM network's authorisation requests):
/// <c>Withdrawals:EngineBaseUrl</c>, else the first address the engine listens on, a wildcard bind read as 127.0.0.1.
/// </summary>
public sealed class EngineAddress(IServer server, IOptions<WithdrawalsOptions> options)
{
    /// <summary>e.g. <c>http://127.0.0.1:8080</c> (no trailing slash).</summary>
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrEmpty(options.Value.EngineBaseUrl))
            {
                return options.Value.EngineBaseUrl.TrimEnd('/');
            }

            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:8080";
            var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
            if (uri.Host is "0.0.0.0" or "[::]" or "::")
            {
                uri.Host = "127.0.0.1";
            }

            return uri.Uri.GetLeftPart(UriPartial.Authority);
        }
    }
}
