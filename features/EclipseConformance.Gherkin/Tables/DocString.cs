namespace EclipseConformance.Gherkin;

/// <summary>
/// A Gherkin doc string passed as the last argument of a step. A step may also take it as a plain
/// <see cref="string"/> parameter (as in Reqnroll); this type adds the declared media type (<c>"""json</c>).
/// </summary>
public sealed class DocString(string content, string? mediaType = null)
{
    /// <summary>The text between the delimiters, without the common indentation.</summary>
    public string Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    /// <summary>The media type written after the opening delimiter, if any (e.g. <c>json</c>).</summary>
    public string? MediaType { get; } = mediaType;

    public override string ToString() => Content;
}
