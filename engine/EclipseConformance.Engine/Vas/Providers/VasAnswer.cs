using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Vas;

/// <summary>A provider's answer that is either a value or a rejection in Eclipse's terms.</summary>
public readonly record struct VasAnswer<T>(T? Value, ApiError? Error)
    where T : class
{
    public static implicit operator VasAnswer<T>(T value) => new(value, null);

    public static implicit operator VasAnswer<T>(ApiError error) => new(null, error);
}
