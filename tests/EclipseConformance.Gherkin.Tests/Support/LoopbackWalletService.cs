using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>
/// A tiny real HTTP server on a loopback port (HttpListener): <c>GET /wallets/{id}</c> answers the wallet as JSON, or
/// 404 with an error envelope for id 404. The report sample's steps call it so the failing step has a real exchange.
/// </summary>
internal sealed class LoopbackWalletService : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackWalletService()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}/");
            probe.Stop();
        }

        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the listener was closed under a pending GetContextAsync
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var id = context.Request.Url!.AbsolutePath.Split('/').Last();
            var (status, body) = id == "404"
                ? (404, """[{"type":"BUSINESS","severity":"LOW","description":"Wallet 404 <not found>","code":"WAL002"}]""")
                : (200, $$"""{"walletId":{{id}},"currentBalance":10.00}""");
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
