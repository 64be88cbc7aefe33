using System.Globalization;
using System.Text;
using NJsonSchema;
using NJsonSchema.Validation;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The committed JSON Schema of rule files (<c>rules/schema/rules.schema.json</c>, embedded in the engine) and the
/// validation of a parsed file against it; every violation becomes a <see cref="RuleProblem"/> with its position.
/// </summary>
public static class RuleSchema
{
    public const string ResourceName = "rules/schema/rules.schema.json";

    private static readonly string SchemaText = ReadResource(ResourceName);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(SchemaText).GetAwaiter().GetResult());

    /// <summary>The schema document as committed.</summary>
    public static string Text => SchemaText;

    public static IReadOnlyList<RuleProblem> Validate(ParsedRuleFile file)
    {
        var problems = new List<RuleProblem>();
        foreach (var error in Schema.Value.Validate(file.Root))
        {
            Flatten(error, file, problems);
        }

        return problems;
    }

    internal static string ReadResource(string name)
    {
        using var stream = typeof(RuleSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the engine assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Flatten(ValidationError error, ParsedRuleFile file, List<RuleProblem> problems)
    {
        if (error is ChildSchemaValidationError child
            && error.Kind is not (ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NoTypeValidates or ValidationErrorKind.NotAllOf))
        {
            foreach (var nested in child.Errors.Values.SelectMany(e => e))
            {
                Flatten(nested, file, problems);
            }

            return;
        }

        var token = error.Token;
        if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && token?.Parent is Newtonsoft.Json.Linq.JProperty property)
        {
            token = property;
        }

        problems.Add(file.Problem(token, Describe(error)));
    }

    private static string Describe(ValidationError error)
    {
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"'{error.Property}' is required",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown property '{error.Property}'",
            ValidationErrorKind.NotInEnumeration => $"must be one of: {string.Join(", ", schema?.Enumeration.Select(e => e?.ToString()) ?? [])}",
            ValidationErrorKind.PatternMismatch => Hint(schema, $"does not match {schema?.Pattern}"),
            ValidationErrorKind.NumberTooSmall => $"must be at least {schema?.Minimum?.ToString(CultureInfo.InvariantCulture)}",
            ValidationErrorKind.NumberTooBig => $"must be at most {schema?.Maximum?.ToString(CultureInfo.InvariantCulture)}",
            ValidationErrorKind.StringTooShort => $"must have at least {schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"must have at most {schema?.MaxLength} characters",
            ValidationErrorKind.TooFewItems => $"must have at least {schema?.MinItems} items",
            ValidationErrorKind.TooManyItems => $"must have at most {schema?.MaxItems} items",
            ValidationErrorKind.TooManyProperties => $"must have at most {schema?.MaxProperties} entries",
            ValidationErrorKind.ItemsNotUnique => "items must be unique",
            ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NoTypeValidates => Hint(schema, "has the wrong shape"),
            var kind when kind.ToString().EndsWith("Expected", StringComparison.Ordinal) =>
                $"must be {Article(kind.ToString()[..^"Expected".Length].ToLowerInvariant())}",
            var kind => Humanize(kind.ToString()),
        };
    }

    private static string Hint(JsonSchema? schema, string fallback)
    {
        var description = schema?.Description ?? (schema?.HasReference == true ? schema.Reference?.Description : null);
        return description is { Length: > 0 } ? $"{fallback}: expected {description}" : fallback;
    }

    private static string Article(string type) => type is "array" or "object" or "integer" ? $"an {type}" : $"a {type}";

    private static string Humanize(string kind)
    {
        var text = new StringBuilder();
        foreach (var c in kind)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
