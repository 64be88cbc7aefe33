namespace EclipseConformance.Simulators.Fiorano;

/// <summary>One DTB country behind the Fiorano gateway: its path prefix (<c>/dtbke</c>, <c>/dtbug</c>), country and currency.</summary>
public sealed record FioranoMarket(string Code, string Country, string Currency)
{
    public static FioranoMarket Kenya { get; } = new("dtbke", "KE", "KES");

    public static FioranoMarket Uganda { get; } = new("dtbug", "UG", "UGX");

    public static IReadOnlyList<FioranoMarket> All { get; } = [Kenya, Uganda];

    /// <summary>The VAS API's base path, e.g. <c>/dtbug/vas/1.0</c>.</summary>
    public string BasePath => $"/{Code}/vas/1.0";

    public static FioranoMarket? OfPath(string path) =>
        All.FirstOrDefault(m => path.StartsWith(m.BasePath + "/", StringComparison.OrdinalIgnoreCase));
}
