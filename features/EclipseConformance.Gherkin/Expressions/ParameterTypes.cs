using System.Text;

namespace EclipseConformance.Gherkin.Expressions;

/// <summary>The built-in Cucumber expression parameter types, plus <c>{EnumName}</c> for an enum parameter.</summary>
internal static class ParameterTypes
{
    private const string Integer = @"-?\d+";
    private const string Float = @"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?";
    private const string Decimal = @"[-+]?(?:\d+(?:\.\d*)?|\.\d+)";

    private static readonly Dictionary<string, ParameterType> BuiltIn = new(StringComparer.Ordinal)
    {
        ["int"] = new("int", Integer, Identity),
        ["long"] = new("long", Integer, Identity),
        ["short"] = new("short", Integer, Identity),
        ["byte"] = new("byte", Integer, Identity),
        ["biginteger"] = new("biginteger", Integer, Identity),
        ["float"] = new("float", Float, Identity),
        ["double"] = new("double", Float, Identity),
        ["decimal"] = new("decimal", Decimal, Identity),
        ["bigdecimal"] = new("bigdecimal", Decimal, Identity),
        ["word"] = new("word", @"[^\s]+", Identity),
        ["string"] = new("string", "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", Unquote),
        [""] = new("", ".*", Identity),
    };

    /// <summary>Finds the parameter type for <c>{name}</c>; <paramref name="target"/> is the bound method parameter.</summary>
    public static ParameterType? Find(string name, Type? target)
    {
        if (BuiltIn.TryGetValue(name, out var builtIn))
            return builtIn;

        var enumType = target is null ? null : Nullable.GetUnderlyingType(target) ?? target;
        if (enumType is { IsEnum: true } && string.Equals(enumType.Name, name, StringComparison.Ordinal))
        {
            var names = Enum.GetNames(enumType).OrderByDescending(n => n.Length).Select(System.Text.RegularExpressions.Regex.Escape);
            return new ParameterType(name, "(?i:" + string.Join('|', names) + ")", Identity);
        }

        return null;
    }

    private static string Identity(string text) => text;

    private static string Unquote(string text)
    {
        var inner = text[1..^1];
        var result = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] is '"' or '\'' or '\\')
                i++;
            result.Append(inner[i]);
        }

        return result.ToString();
    }
}
