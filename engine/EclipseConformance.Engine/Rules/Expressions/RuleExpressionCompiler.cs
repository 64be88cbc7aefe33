using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Turns rule-expression text into a checked, compiled predicate over a facts type, with System.Linq.Dynamic.Core
/// (no Roslyn, no C# compilation; ADR 0013). Parsed with a restricted configuration (no custom types, no
/// <c>new</c>, no casts by type name), then checked by <see cref="ExpressionGuard"/>, then compiled to a delegate.
/// Results (and refusals) are cached by facts type and text, so a reload recompiles only what changed.
/// </summary>
public static class RuleExpressionCompiler
{
    public const int MaxLength = 2_000;
    private const int MaxCacheEntries = 10_000;

    private static readonly ParsingConfig Config = new()
    {
        CustomTypeProvider = new RestrictedTypeProvider(),
        AllowNewToEvaluateAnyType = false,
        DisallowNewKeyword = true,
        ResolveTypesBySimpleName = false,
        SupportCastingToFullyQualifiedTypeAsString = false,
        SupportEnumerationsFromSystemNamespace = false,
        LoadAdditionalAssembliesFromCurrentDomainBaseDirectory = false,
        AllowEqualsAndToStringMethodsOnObject = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        PrioritizePropertyOrFieldOverTheType = true,
        EvaluateGroupByAtDatabase = false,
    };

    private static readonly ConcurrentDictionary<(Type, string), object> Cache = new();

    /// <summary>Compiles <paramref name="text"/> for <typeparamref name="TFacts"/>; on refusal returns null and a clear reason.</summary>
    public static CompiledExpression<TFacts>? Compile<TFacts>(string text, out string? error)
        where TFacts : IRuleFacts
    {
        if (Cache.TryGetValue((typeof(TFacts), text), out var cached))
        {
            error = cached as string;
            return cached as CompiledExpression<TFacts>;
        }

        var result = CompileUncached<TFacts>(text, out error);
        if (Cache.Count >= MaxCacheEntries)
        {
            Cache.Clear();
        }

        Cache[(typeof(TFacts), text)] = (object?)result ?? error!;
        return result;
    }

    private static CompiledExpression<TFacts>? CompileUncached<TFacts>(string text, out string? error)
        where TFacts : IRuleFacts
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            error = $"an expression must be 1-{MaxLength} characters";
            return null;
        }

        System.Linq.Expressions.Expression<Func<TFacts, bool>> lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda<TFacts, bool>(Config, false, text);
        }
        catch (ParseException ex)
        {
            error = $"{ex.Message} (at character {ex.Position + 1})";
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            error = ex.Message;
            return null;
        }

        var problems = ExpressionGuard.Check(lambda, typeof(TFacts));
        if (problems.Count > 0)
        {
            error = string.Join("; ", problems);
            return null;
        }

        error = null;
        return new CompiledExpression<TFacts>(text, lambda.Compile());
    }
}
