namespace EclipseConformance.Engine.Rules;

/// <summary>Where in the engine a decision rule is evaluated (rule file <c>on:</c> login, transfer, lookup, withdrawal, payment).</summary>
public enum DecisionPoint
{
    Login,
    Transfer,
    Lookup,
    Withdrawal,
    Payment,
}
