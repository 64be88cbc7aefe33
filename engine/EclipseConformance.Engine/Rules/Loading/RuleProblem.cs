using System.Globalization;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Why a rule file (or posted rule document) was refused: the file, the rule it concerns (e.g.
/// <c>behaviours[meter-fails]</c>, <c>policies.jwt</c>), the position (line/column when known, always the JSON
/// pointer) and the reason.
/// </summary>
public sealed record RuleProblem(string File, string Rule, int? Line, int? Column, string Pointer, string Message)
{
    public override string ToString()
    {
        var at = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}:{Column}") : File;
        var pointer = Pointer.Length > 0 ? $" ({Pointer})" : "";
        return $"{at}: rule '{Rule}'{pointer}: {Message}";
    }
}
