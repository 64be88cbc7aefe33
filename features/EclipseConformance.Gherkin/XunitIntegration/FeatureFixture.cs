using System.ComponentModel;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>
/// xunit class fixture of <see cref="FeatureScenarios"/>. Each feature is its own test collection, so there is one
/// fixture per feature: it runs [BeforeFeature] hooks before the feature's first scenario and [AfterFeature] hooks
/// when xunit finishes the feature.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FeatureFixture(GherkinTestRun run) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FeatureRun? _feature;

    internal async Task<FeatureRun> StartAsync(FeatureFile feature, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_feature is null)
                _feature = await run.Runner.StartFeatureAsync(feature, cancellationToken);
            else if (_feature.Feature.Uri != feature.Uri)
                throw new InvalidOperationException($"Feature {feature.Uri} ran in the collection of {_feature.Feature.Uri}.");
            return _feature;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _gate.Dispose();
        if (_feature is not null)
            await run.Runner.EndFeatureAsync(_feature);
    }
}
