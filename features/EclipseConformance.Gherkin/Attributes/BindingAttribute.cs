namespace EclipseConformance.Gherkin;

/// <summary>
/// Marks a class that holds step definitions and hooks (Reqnroll's <c>[Binding]</c>). Instances are created per
/// scenario by the scenario container, so constructor parameters are injected and shared within the scenario.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class BindingAttribute : Attribute;
