namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>repeatedLookup</c>: a caller that finds the same wallet through the global lookup more than
/// <see cref="AllowedSearches"/> times within <see cref="Window"/> is searching on every run instead of storing the
/// walletId (S-GI, fact sheet 3.2).
/// </summary>
public sealed record RepeatedLookupRule
{
    public static readonly TimeSpan MinWindow = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    public bool Enabled { get; init; } = true;

    public int AllowedSearches { get; init; } = 1;

    public TimeSpan Window { get; init; } = TimeSpan.FromDays(31);
}
