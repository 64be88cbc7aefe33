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
/// runs [BeforeTestRun] hooks before the first scenario, and at the end runs [AfterTestRun] hooks and writes the
/// reports (JUnit XML, Cucumber messages, HTML) — once, after all features, whatever ran in parallel.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GherkinTestRun : IAsyncLifetime
{
    private GherkinTestRunner? _runner;
    private Assembly? _assembly;

    internal GherkinTestRunner Runner =>
        _runner ?? throw new InvalidOperationException("The Gherkin test run has not been initialised.");

    public async ValueTask InitializeAsync()
    {
        _assembly = (TestContext.Current.TestAssembly as IXunitTestAssembly)?.Assembly
            ?? Assembly.GetEntryAssembly()
            ?? throw new InvalidOperationException("Cannot tell which assembly is under test.");
        var settings = FeatureCache.Settings(_assembly);
        var bindingAssemblies = settings.BindingAssemblyTypes.Select(t => t.Assembly).Prepend(_assembly);
        _runner = new GherkinTestRunner(BindingRegistry.FromAssemblies(bindingAssemblies), FeatureCache.For(_assembly));
        await _runner.BeforeTestRunAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_runner is null || _assembly is null)
            return;
        try
        {
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
