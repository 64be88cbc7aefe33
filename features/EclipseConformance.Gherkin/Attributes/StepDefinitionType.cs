namespace EclipseConformance.Gherkin;

/// <summary>The keyword family a step definition binds to. <c>And</c>/<c>But</c>/<c>*</c> take the previous step's.</summary>
public enum StepDefinitionType
{
    Given,
    When,
    Then,
}
