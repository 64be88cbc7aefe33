using System.Reflection;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>
/// The per-run / per-feature / per-scenario container (see <see cref="IObjectContainer"/>): registrations fall back
/// to the parent; unregistered concrete classes are created here, once, and disposed with this container.
/// </summary>
internal sealed class ObjectContainer(ObjectContainer? parent = null) : IObjectContainer, IAsyncDisposable
{
    private readonly ObjectContainer? _parent = parent;
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, Func<ObjectContainer, object>> _registrations = [];
    private readonly Dictionary<Type, object> _instances = [];
    private readonly HashSet<Type> _registeredInstances = [];
    private readonly List<object> _owned = [];
    private readonly HashSet<Type> _resolving = [];
    private bool _disposed;

    public void RegisterInstanceAs<TInterface>(TInterface instance, bool dispose = false)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        lock (_gate)
        {
            ThrowIfDisposed();
            _registrations.Remove(typeof(TInterface));
            _instances[typeof(TInterface)] = instance;
            _registeredInstances.Add(typeof(TInterface));
            if (dispose)
                _owned.Add(instance);
        }
    }

    public void RegisterTypeAs<TType, TInterface>()
        where TType : class, TInterface
        where TInterface : class => Register(typeof(TInterface), c => c.Create(typeof(TType)));

    public void RegisterFactoryAs<TInterface>(Func<IObjectContainer, TInterface> factory)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        Register(typeof(TInterface), c => factory(c) ?? throw new ObjectContainerException($"The factory for {typeof(TInterface).Name} returned null."));
    }

    public bool IsRegistered<T>()
    {
        for (var container = this; container is not null; container = container._parent)
        {
            lock (container._gate)
            {
                if (container._registeredInstances.Contains(typeof(T)) || container._registrations.ContainsKey(typeof(T)))
                    return true;
            }
        }

        return false;
    }

    public T Resolve<T>() => (T)Resolve(typeof(T));

    public object Resolve(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(IObjectContainer))
            return this;
        var owner = Owner(type) ?? this;
        return owner.ResolveHere(type);
    }

    public async ValueTask DisposeAsync()
    {
        List<object> owned;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            owned = [.. _owned];
            owned.Reverse();
            _owned.Clear();
            _instances.Clear();
        }

        var errors = new List<Exception>();
        foreach (var item in owned)
        {
            try
            {
                if (item is IAsyncDisposable asyncDisposable)
                    await asyncDisposable.DisposeAsync();
                else if (item is IDisposable disposable)
                    disposable.Dispose();
            }
            catch (Exception ex)
            {
                errors.Add(new ObjectContainerException($"Disposing {item.GetType().Name} failed: {ex.Message}", ex));
            }
        }

        if (errors.Count == 1)
            throw errors[0];
        if (errors.Count > 1)
            throw new AggregateException("Disposing the container failed.", errors);
    }

    private void Register(Type type, Func<ObjectContainer, object> create)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            _instances.Remove(type);
            _registeredInstances.Remove(type);
            _registrations[type] = create;
        }
    }

    /// <summary>The nearest container (this one first) that has a registration or an instance for the type.</summary>
    private ObjectContainer? Owner(Type type)
    {
        for (var container = this; container is not null; container = container._parent)
        {
            lock (container._gate)
            {
                if (container._instances.ContainsKey(type) || container._registrations.ContainsKey(type))
                    return container;
            }
        }

        return null;
    }

    private object ResolveHere(Type type)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_instances.TryGetValue(type, out var existing))
                return existing;
            if (!_resolving.Add(type))
                throw new ObjectContainerException($"Circular dependency while creating {type.Name}: {string.Join(" -> ", _resolving.Select(t => t.Name))} -> {type.Name}.");
            try
            {
                var instance = _registrations.TryGetValue(type, out var create) ? create(this) : Create(type);
                _instances[type] = instance;
                if (!_owned.Contains(instance) && (instance is IDisposable || instance is IAsyncDisposable))
                    _owned.Add(instance);
                return instance;
            }
            finally
            {
                _resolving.Remove(type);
            }
        }
    }

    private object Create(Type type)
    {
        if (type.IsAbstract || type.IsInterface || type.IsValueType || type == typeof(string) || type.IsGenericTypeDefinition)
            throw new ObjectContainerException($"Cannot create {type.Name}: it is not registered and is not a concrete class. " +
                "Register it in a hook with IObjectContainer.RegisterInstanceAs/RegisterTypeAs/RegisterFactoryAs.");
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new ObjectContainerException($"Cannot create {type.Name}: it has no public constructor.");
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        try
        {
            return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }
        catch (Exception ex) when (ex is not ObjectContainerException)
        {
            throw new ObjectContainerException($"The constructor of {type.Name} threw {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
