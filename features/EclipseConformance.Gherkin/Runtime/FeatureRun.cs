using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>A feature in progress: its context, its container and, if a [BeforeFeature] hook failed, the failure.</summary>
internal sealed class FeatureRun(FeatureFile feature, ObjectContainer container, FeatureContext context)
{
    public FeatureFile Feature { get; } = feature;

    public ObjectContainer Container { get; } = container;

    public FeatureContext Context { get; } = context;

    /// <summary>Why every scenario of this feature fails, when a [BeforeFeature] hook threw.</summary>
    public string? StartupFailure { get; set; }

    public Exception? StartupError { get; set; }
}
