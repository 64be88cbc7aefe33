namespace EclipseConformance.Gherkin.Bindings;

internal enum StepMatchKind
{
    Matched,
    Undefined,
    Ambiguous,
}
