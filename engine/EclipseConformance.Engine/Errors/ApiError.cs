namespace EclipseConformance.Engine.Errors;

/// <summary>
/// A rejection a feature returns as a value: the HTTP status plus the code and description that go into the
/// envelope. Features map their closed outcome enums to these in one mapper each.
/// </summary>
public sealed record ApiError(int Status, string Code, string Description, string Severity = "LOW", string Type = "BUSINESS")
{
    public static ApiError Validation(string description) => new(StatusCodes.Status400BadRequest, ErrorCodes.Validation, description);

    public static ApiError NotFound(string what) => new(StatusCodes.Status404NotFound, ErrorCodes.NotFound, $"{what} not found");

    public static ApiError Forbidden(string description = "Not allowed") => new(StatusCodes.Status403Forbidden, ErrorCodes.Security, description);

    public static ApiError Unauthorized(string description = "Authentication required") => new(StatusCodes.Status401Unauthorized, ErrorCodes.Security, description);

    public static ApiError Business(string description) => new(StatusCodes.Status400BadRequest, ErrorCodes.BusinessRule, description, "INFO");

    public static ApiError Conflict(string description) => new(StatusCodes.Status409Conflict, ErrorCodes.InvalidInContext, description);

    public IResult ToResult() => new ErrorEnvelopeResult(this);
}
