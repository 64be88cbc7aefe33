namespace EclipseConformance.Load.Eclipse.Target;

/// <summary>
/// Finds the engine's build output (the binary <c>./run.sh</c> runs): an explicit path, <c>ECLIPSE_ENGINE_DLL</c>, or
/// <c>engine/EclipseConformance.Engine/bin/&lt;configuration&gt;/net10.0/</c> under the repository this runner was built in.
/// </summary>
public static class EngineLocator
{
    public const string EnvironmentVariable = "ECLIPSE_ENGINE_DLL";
    private const string DllName = "EclipseConformance.Engine.dll";

    public static string Find(string? explicitPath = null)
    {
        var given = explicitPath ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException($"No engine at '{given}'.", given);
        }

        var here = AppContext.BaseDirectory;
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "EclipseConformance.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new FileNotFoundException($"The repository root was not found above {here}; pass --engine-dll or set {EnvironmentVariable}.");
        }

        var preferred = here.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        foreach (var configuration in new[] { preferred, preferred == "Release" ? "Debug" : "Release" })
        {
            var dll = Path.Combine(root.FullName, "engine", "EclipseConformance.Engine", "bin", configuration, "net10.0", DllName);
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException(
            $"The engine is not built: run 'dotnet build engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj -c Release' (load/load.sh does it), "
            + $"or pass --engine-dll / set {EnvironmentVariable}.");
    }
}
