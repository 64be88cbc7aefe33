namespace EclipseConformance.Engine.Dashboard;

/// <summary>
/// The dashboard at <c>/</c>: static files embedded in the engine (no separate front-end build), talking to the Eclipse
/// API and the control plane with the simulator administrator's JWT. The page itself holds no data (anonymous).
/// </summary>
public static class DashboardApi
{
    private static readonly Dictionary<string, (string ContentType, byte[] Content)> Assets = Load();

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("index.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/dashboard/{file}", (string file) => Serve(file)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(string file) =>
        Assets.TryGetValue(file, out var asset)
            ? Results.Bytes(asset.Content, asset.ContentType)
            : Errors.ApiError.NotFound("Dashboard file").ToResult();

    private static Dictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(DashboardApi).Assembly;
        var assets = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("dashboard/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var file = name["dashboard/".Length..];
            assets[file] = (ContentType(file), memory.ToArray());
        }

        return assets;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}
