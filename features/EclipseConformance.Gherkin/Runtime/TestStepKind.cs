namespace EclipseConformance.Gherkin.Runtime;

internal enum TestStepKind
{
    Hook,
    Step,
}
