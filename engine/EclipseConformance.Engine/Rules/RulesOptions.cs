using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Rules;

/// <summary>Where rule files come from and how changes are picked up. Bound from the Rules section (<c>--rules DIR</c>).</summary>
public sealed class RulesOptions
{
    public const string Section = "Rules";

    /// <summary>A folder of rule files layered over the shipped defaults (<c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>, by name).</summary>
    public string? Directory { get; set; }

    /// <summary>Reload when a file in <see cref="Directory"/> changes.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last file event before reloading (editors write in several steps).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>At most this many files are read from <see cref="Directory"/>.</summary>
    [Range(1, 1_000)]
    public int MaxFiles { get; set; } = 200;
}
