using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Control.Journal;

/// <summary>The request journal's bounds (section <c>Journal</c>): memory stays flat under any load.</summary>
public sealed class JournalOptions
{
    public const string Section = "Journal";

    /// <summary>The last N Eclipse API calls are kept (0 switches the journal off).</summary>
    [Range(0, 1_000_000)]
    public int Capacity { get; set; } = 10_000;

    /// <summary>Characters of each request and response body kept.</summary>
    [Range(0, 64 * 1024)]
    public int MaxBodyChars { get; set; } = 4_096;
}
