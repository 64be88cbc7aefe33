using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Rules;

/// <summary>What a matching decision rule does. A rejection carries the HTTP status and Eclipse envelope fields.</summary>
public sealed record RuleAction(RuleActionKind Kind, int Status = 400, string Code = ErrorCodes.BusinessRule, string Description = "Rejected by a rule", string Severity = "INFO")
{
    public static RuleAction Allow { get; } = new(RuleActionKind.Allow);

    public ApiError ToApiError() => new(Status, Code, Description, Severity);
}
