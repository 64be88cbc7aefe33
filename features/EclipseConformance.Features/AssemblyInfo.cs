[assembly: EclipseConformance.Gherkin.GherkinFeatures("features")]
