namespace EclipseConformance.Gherkin;

/// <summary>
/// Base of the hook attributes. <see cref="Tags"/> restricts the hook to features/scenarios carrying at least one of
/// the tags (with or without <c>@</c>); <see cref="Order"/> sorts hooks of the same type, lowest first
/// (default 10000, as in Reqnroll).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public abstract class HookAttribute : Attribute
{
    /// <summary>Reqnroll's default hook order.</summary>
    public const int DefaultOrder = 10000;

    private protected HookAttribute(HookType hookType, string[] tags)
    {
        HookType = hookType;
        Tags = tags ?? [];
    }

    /// <summary>When the hook runs.</summary>
    public HookType HookType { get; }

    /// <summary>Tags that scope the hook; empty means "always".</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Lower runs first.</summary>
    public int Order { get; set; } = DefaultOrder;
}
