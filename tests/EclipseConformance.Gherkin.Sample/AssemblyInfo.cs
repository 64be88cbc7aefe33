using EclipseConformance.Gherkin;

// The only glue a consuming project needs.
[assembly: GherkinFeatures("features")]
