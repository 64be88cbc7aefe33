using EclipseConformance.Gherkin.Bindings;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>Runs a hook: the instance (if any) and every parameter come from the container.</summary>
internal static class HookInvoker
{
    public static Task InvokeAsync(HookBinding hook, IObjectContainer container, CancellationToken cancellationToken)
    {
        var method = hook.Method;
        var target = method.IsStatic ? null : container.Resolve(method.DeclaringType!);
        var arguments = method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : container.Resolve(p.ParameterType))
            .ToArray();
        return BindingInvoker.InvokeAsync(method, target, arguments);
    }
}
