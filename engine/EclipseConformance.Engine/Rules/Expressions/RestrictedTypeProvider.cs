using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;

namespace EclipseConformance.Engine.Rules;

/// <summary>Exposes no custom types and no extension methods to Dynamic LINQ: only its predefined value types remain.</summary>
internal sealed class RestrictedTypeProvider : IDynamicLinqCustomTypeProvider
{
    public HashSet<Type> GetCustomTypes() => [];

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) => null;

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
