using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Primitives;

/// <summary>Eclipse's <c>limit</c>/<c>offset</c> paging, bounded so no query returns an unbounded list.</summary>
public static class Paging
{
    public static ApiError? Validate(int? limit, int? offset, int maxLimit)
    {
        if (limit is < 1 || limit > maxLimit)
        {
            return ApiError.Validation($"limit must be between 1 and {maxLimit}");
        }

        return offset is < 0 or > 1_000_000 ? ApiError.Validation("offset must be between 0 and 1000000") : null;
    }
}
