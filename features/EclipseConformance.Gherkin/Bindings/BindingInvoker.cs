using System.Globalization;
using System.Reflection;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>Calls a binding method and awaits it when it returns a Task or ValueTask (generic or not).</summary>
internal static class BindingInvoker
{
    public static async Task InvokeAsync(MethodInfo method, object? target, object?[] arguments)
    {
        var result = method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, CultureInfo.InvariantCulture);
        switch (result)
        {
            case Task task:
                await task;
                break;
            case ValueTask valueTask:
                await valueTask;
                break;
            case not null when IsGenericValueTask(result.GetType()):
                var asTask = (Task)result.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!;
                await asTask;
                break;
        }
    }

    /// <summary>True for return types the runner can await or ignore (everything but <c>async void</c>).</summary>
    public static bool IsSupportedReturnType(MethodInfo method) =>
        method.ReturnType != typeof(void) || method.GetCustomAttribute<System.Runtime.CompilerServices.AsyncStateMachineAttribute>() is null;

    private static bool IsGenericValueTask(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>);
}
