using System.ComponentModel;
using System.Reflection;
using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Runtime;
using Xunit;
using Xunit.v3;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>
/// xunit assembly fixture registered by <see cref="GherkinFeaturesAttribute"/>: builds the run (features, bindings),
/// runs [BeforeTestRun] hooks before the first scenario (not at all when a filter selects no scenario), and at the
/// end runs [AfterTestRun] hooks and writes the reports (JUnit XML, Cucumber messages, HTML) — once, after every
/// feature, however many ran in parallel.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GherkinTestRun : IAsyncLifetime
{
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private GherkinTestRunner? _runner;
    private Assembly? _assembly;
    private bool _started;
    private Exception? _startFailure;

    internal GherkinTestRunner Runner =>
        _runner ?? throw new InvalidOperationException("The Gherkin test run has not been initialised.");

    public ValueTask InitializeAsync()
    {
        _assembly = (TestContext.Current.TestAssembly as IXunitTestAssembly)?.Assembly
            ?? Assembly.GetEntryAssembly()
            ?? throw new InvalidOperationException("Cannot tell which assembly is under test.");
        var settings = FeatureCache.Settings(_assembly);
        var bindingAssemblies = settings.BindingAssemblyTypes.Select(t => t.Assembly).Prepend(_assembly);
        _runner = new GherkinTestRunner(BindingRegistry.FromAssemblies(bindingAssemblies), FeatureCache.For(_assembly));
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the [BeforeTestRun] hooks once; if they failed, every scenario fails with that failure.</summary>
    internal async Task EnsureStartedAsync(CancellationToken cancellationToken)
    {
        await _startGate.WaitAsync(cancellationToken);
        try
        {
            if (!_started)
            {
                _started = true;
                try
                {
                    await Runner.BeforeTestRunAsync(cancellationToken);
                }
                catch (Exception ex)
                {
                    _startFailure = ex;
                }
            }
        }
        finally
        {
            _startGate.Release();
        }

        if (_startFailure is not null)
            throw new InvalidOperationException(_startFailure.Message, _startFailure);
    }

    public async ValueTask DisposeAsync()
    {
        _startGate.Dispose();
        if (_runner is null || _assembly is null)
            return;
        try
        {
            if (_started)
                await _runner.AfterTestRunAsync();
        }
        finally
        {
            var report = _runner.CreateReport();
            if (report.Results.Count > 0)
            {
                var directory = ReportDirectory.Resolve(FeatureCache.BaseDirectory(_assembly));
                var files = await ReportPublisher.PublishAsync(report, directory);
                TestContext.Current.SendDiagnosticMessage("Gherkin reports: " + string.Join(", ", files));
            }

            await _runner.DisposeAsync();
        }
    }
}
