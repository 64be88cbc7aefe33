namespace EclipseConformance.Gherkin;

/// <summary>A type could not be resolved or created by an <see cref="IObjectContainer"/>.</summary>
public sealed class ObjectContainerException(string message, Exception? innerException = null)
    : Exception(message, innerException);
