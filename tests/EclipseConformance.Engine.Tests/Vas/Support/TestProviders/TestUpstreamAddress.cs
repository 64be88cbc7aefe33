namespace EclipseConformance.Engine.Tests.Vas.Support.TestProviders;

/// <summary>Where the test providers find their <see cref="TestUpstream"/>.</summary>
public sealed record TestUpstreamAddress(Uri BaseUrl);
