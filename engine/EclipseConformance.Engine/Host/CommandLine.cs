namespace EclipseConformance.Engine.Host;

/// <summary>
/// Maps the documented switches (<c>--port</c>, <c>--data-dir</c>, <c>--store</c>, <c>--rules</c>, <c>--bind</c>) and
/// environment variables (ECLIPSE_SIM_PORT, ECLIPSE_SIM_DATA_DIR, ECLIPSE_SIM_STORE, ECLIPSE_SIM_RULES) onto
/// configuration keys. Anything else in <c>--Section:Key=value</c> form passes through to configuration.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--port"] = "Engine:Port",
        ["--bind"] = "Engine:BindAddress",
        ["--data-dir"] = "Store:DataDir",
        ["--store"] = "Store:Store",
        ["--rules"] = "Rules:Directory",
        ["--seed"] = "DemoWorld:Seed",
        ["--admin-password"] = "DemoWorld:AdminPassword",
    };

    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["ECLIPSE_SIM_PORT"] = "Engine:Port",
        ["ECLIPSE_SIM_DATA_DIR"] = "Store:DataDir",
        ["ECLIPSE_SIM_STORE"] = "Store:Store",
        ["ECLIPSE_SIM_RULES"] = "Rules:Directory",
    };

    public const string Usage = """
        Usage: run.sh [--port N] [--data-dir DIR] [--store sqlite|<postgres connection string>] [--rules DIR] [--seed N]
          --port       HTTP port on 127.0.0.1 (default 8080; ECLIPSE_SIM_PORT)
          --data-dir   folder for the embedded SQLite store and keys (default ./.eclipse-sim; ECLIPSE_SIM_DATA_DIR)
          --store      'sqlite' (default) or a PostgreSQL connection string for scale-out (ECLIPSE_SIM_STORE)
          --rules      folder of rule files layered over the shipped defaults, hot-reloaded (ECLIPSE_SIM_RULES)
          --seed       demo world seed (only used when the store is empty)
        """;

    /// <summary>Translates switches into configuration arguments; returns an error for unknown or incomplete switches.</summary>
    public static (string[] Args, string? Error) Translate(string[] args, Func<string, string?> getEnvironment)
    {
        var translated = new List<string>();
        foreach (var (variable, key) in Environment)
        {
            if (getEnvironment(variable) is { Length: > 0 } value)
            {
                translated.Add($"--{key}={value}");
            }
        }

        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[..eq] : arg;
            if (Switches.TryGetValue(name, out var key))
            {
                string? value = eq > 0 ? arg[(eq + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (value is null)
                {
                    return ([], $"{name} needs a value");
                }

                translated.Add($"--{key}={value}");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                translated.Add(arg);
            }
            else if (arg is "--help" or "-h")
            {
                return ([], "");
            }
            else
            {
                return ([], $"Unknown argument '{arg}'");
            }
        }

        return (translated.ToArray(), null);
    }
}
