namespace EclipseConformance.Features.Support;

/// <summary>
/// Where the specs run, from the environment (<c>./run.sh specs --target URL --identity X --password Y</c> sets these):
/// no target = the engine in-process, one per feature.
/// </summary>
public static class SpecSettings
{
    public static Uri? Target => Environment.GetEnvironmentVariable("ECLIPSE_SPECS_TARGET") is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;

    public static string? Identity => Environment.GetEnvironmentVariable("ECLIPSE_SPECS_IDENTITY") is { Length: > 0 } v ? v : null;

    public static string? Password => Environment.GetEnvironmentVariable("ECLIPSE_SPECS_PASSWORD") is { Length: > 0 } v ? v : null;
}
