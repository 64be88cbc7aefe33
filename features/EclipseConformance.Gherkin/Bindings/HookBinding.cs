using System.Reflection;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>One hook method with its type, order and tag scope.</summary>
internal sealed class HookBinding(string id, HookType type, MethodInfo method, int order, IReadOnlyList<string> tags)
{
    public string Id { get; } = id;

    public HookType Type { get; } = type;

    public MethodInfo Method { get; } = method;

    public int Order { get; } = order;

    /// <summary>Tag scope without <c>@</c>; empty means the hook always applies.</summary>
    public IReadOnlyList<string> Tags { get; } = [.. tags.Select(t => t.TrimStart('@'))];

    public string Name => $"{Method.DeclaringType?.Name}.{Method.Name}";

    /// <summary>True when the hook has no tag scope or the scenario/feature has one of its tags.</summary>
    public bool AppliesTo(IReadOnlyList<string> tags) =>
        Tags.Count == 0 || Tags.Any(t => tags.Contains(t, StringComparer.OrdinalIgnoreCase));

    /// <summary>The tag scope as a Cucumber tag expression (for the reports).</summary>
    public string? TagExpression => Tags.Count == 0 ? null : string.Join(" or ", Tags.Select(t => "@" + t));
}
