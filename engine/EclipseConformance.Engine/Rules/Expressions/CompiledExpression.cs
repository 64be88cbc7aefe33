namespace EclipseConformance.Engine.Rules;

/// <summary>A rule expression parsed, checked and compiled once: evaluating it is a delegate call.</summary>
public sealed class CompiledExpression<TFacts>(string text, Func<TFacts, bool> predicate)
    where TFacts : IRuleFacts
{
    public string Text { get; } = text;

    /// <summary>Evaluates the expression; an exception inside it (null, overflow, ...) is returned as the error, never thrown.</summary>
    public bool TryEvaluate(TFacts facts, out string? error)
    {
        try
        {
            error = null;
            return predicate(facts);
        }
        catch (Exception ex)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            return false;
        }
    }
}
