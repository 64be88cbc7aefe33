using System.Linq.Expressions;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Walks a parsed rule expression and refuses anything outside a small allow-list: property reads and method calls
/// only on the facts type, strings, numbers, dates/times, <see cref="Math"/> and LINQ over arrays; no object
/// creation, no reflection (<c>GetType</c>, <see cref="Type"/>), no clock or environment reads, no assignment.
/// This is the second line of defence: Dynamic LINQ's own parser already refuses unknown types.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    private const int MaxNodes = 400;

    private static readonly HashSet<Type> AllowedTypes =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int),
        typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(DateTimeOffset),
        typeof(DateTime), typeof(TimeSpan), typeof(DateOnly), typeof(TimeOnly), typeof(Math), typeof(Enumerable),
    ];

    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        "GetType", "Now", "UtcNow", "Today", "MemberwiseClone", "Finalize", "ReferenceEquals",

        // Unbounded work or allocation from a constant: a rule must stay cheap on the hot path.
        "PadLeft", "PadRight", "Range", "Repeat",
    };

    private readonly Type _factsType;
    private readonly List<string> _problems = [];
    private int _nodes;

    private ExpressionGuard(Type factsType) => _factsType = factsType;

    /// <summary>Every reason the expression is refused; empty when it is safe.</summary>
    public static IReadOnlyList<string> Check(LambdaExpression lambda, Type factsType)
    {
        var guard = new ExpressionGuard(factsType);
        guard.Visit(lambda.Body);
        return guard._problems;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || _problems.Count > 0)
        {
            return node;
        }

        if (++_nodes > MaxNodes)
        {
            _problems.Add($"the expression is too large (more than {MaxNodes} nodes)");
            return node;
        }

        switch (node.NodeType)
        {
            case ExpressionType.New or ExpressionType.NewArrayBounds or ExpressionType.MemberInit or ExpressionType.ListInit
                or ExpressionType.Assign or ExpressionType.Block or ExpressionType.Invoke or ExpressionType.Dynamic
                or ExpressionType.Throw or ExpressionType.Try or ExpressionType.Loop or ExpressionType.Goto or ExpressionType.Label
                or ExpressionType.Extension or ExpressionType.RuntimeVariables or ExpressionType.Index or ExpressionType.TypeAs
                or ExpressionType.TypeIs or ExpressionType.TypeEqual or ExpressionType.Unbox or ExpressionType.Quote:
                _problems.Add($"{node.NodeType} is not allowed in rule expressions");
                return node;
            case ExpressionType.Constant when node is ConstantExpression { Value: { } value } && !IsAllowed(value.GetType()):
                _problems.Add($"a constant of type {value.GetType().Name} is not allowed");
                return node;
            case ExpressionType.Convert or ExpressionType.ConvertChecked when !IsAllowed(node.Type):
                _problems.Add($"conversion to {node.Type.Name} is not allowed");
                return node;
            case ExpressionType.NewArrayInit when !IsAllowed(node.Type.GetElementType()!):
                _problems.Add($"arrays of {node.Type.GetElementType()!.Name} are not allowed");
                return node;
            default:
                return base.Visit(node);
        }
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var declaring = node.Member.DeclaringType!;
        if (ForbiddenMembers.Contains(node.Member.Name) || !IsAllowed(declaring))
        {
            _problems.Add($"'{declaring.Name}.{node.Member.Name}' is not accessible from rule expressions");
            return node;
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var declaring = node.Method.DeclaringType!;
        if (ForbiddenMembers.Contains(node.Method.Name) || !IsAllowed(declaring)
            || node.Method.GetParameters().Any(p => p.ParameterType == typeof(Type) || p.ParameterType == typeof(object)))
        {
            _problems.Add($"'{declaring.Name}.{node.Method.Name}' is not callable from rule expressions");
            return node;
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!IsAllowed(node.Type))
        {
            _problems.Add($"a parameter of type {node.Type.Name} is not allowed");
        }

        return node;
    }

    private bool IsAllowed(Type type)
    {
        if (type == _factsType || AllowedTypes.Contains(type))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsAllowed(underlying);
        }

        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(Func<,>) || definition == typeof(Func<,,>)))
        {
            return type.GetGenericArguments().All(IsAllowed);
        }

        return false;
    }
}
