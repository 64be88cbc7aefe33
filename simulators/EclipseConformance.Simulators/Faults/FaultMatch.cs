namespace EclipseConformance.Simulators;

/// <summary>
/// Which requests a fault applies to. Every condition that is set must hold; an empty match
/// matches everything. <see cref="Path"/> is exact (case-insensitive) or a prefix when it ends in
/// '*'. <see cref="Field"/> is an XPath (SOAP/XML, namespaces ignored, bare name = "//name") or a
/// JSON path (bare name = "$.name"); with <see cref="FieldEquals"/> the value must be equal, without
/// it the field must be present. Example: Field "meterNumber", FieldEquals "21500123457".
/// </summary>
public sealed record FaultMatch
{
    public static FaultMatch Any { get; } = new();

    public string? Method { get; init; }

    public string? Path { get; init; }

    /// <summary>The simulator's operation name, e.g. "Vend", "PreVend", "TransactionCheck", "Send", "Lookup".</summary>
    public string? Operation { get; init; }

    public string? BodyContains { get; init; }

    public string? Field { get; init; }

    public string? FieldEquals { get; init; }

    public static FaultMatch ForOperation(string operation) => new() { Operation = operation };

    public static FaultMatch ForField(string field, string value, string? operation = null) =>
        new() { Field = field, FieldEquals = value, Operation = operation };

    public bool Matches(SimRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Method is not null && !string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Path is not null && !PathMatches(request.Path))
        {
            return false;
        }

        if (Operation is not null && !string.Equals(Operation, request.Operation, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (BodyContains is not null && !request.Body.Contains(BodyContains, StringComparison.Ordinal))
        {
            return false;
        }

        if (Field is not null)
        {
            var value = request.Field(Field);
            return FieldEquals is null ? value is not null : string.Equals(value, FieldEquals, StringComparison.Ordinal);
        }

        return true;
    }

    internal IEnumerable<string> Validate()
    {
        if (FieldEquals is not null && string.IsNullOrWhiteSpace(Field))
        {
            yield return "fieldEquals needs a field.";
        }

        if (Path is { Length: > 0 } p && p[0] != '/')
        {
            yield return "path must start with '/'.";
        }
    }

    private bool PathMatches(string path) =>
        Path!.EndsWith('*')
            ? path.StartsWith(Path[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(Path, path, StringComparison.OrdinalIgnoreCase);
}
