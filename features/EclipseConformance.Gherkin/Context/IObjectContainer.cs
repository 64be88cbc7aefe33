namespace EclipseConformance.Gherkin;

/// <summary>
/// The dependency container (the shape of Reqnroll's BoDi <c>IObjectContainer</c>). There is one per test run, one per
/// feature and one per scenario; each falls back to its parent for registrations. A type that is not registered
/// anywhere but has a public constructor is created in the container that resolves it and shared from then on, so
/// binding classes and context classes are per scenario. Objects the container creates are disposed with it.
/// Inject it into a hook (e.g. <c>[BeforeTestRun] static void Register(IObjectContainer c)</c>) to add services.
/// </summary>
public interface IObjectContainer
{
    /// <summary>Registers an existing instance. With <paramref name="dispose"/> the container disposes it at its end.</summary>
    void RegisterInstanceAs<TInterface>(TInterface instance, bool dispose = false)
        where TInterface : class;

    /// <summary>Maps <typeparamref name="TInterface"/> to <typeparamref name="TType"/>, created on first use.</summary>
    void RegisterTypeAs<TType, TInterface>()
        where TType : class, TInterface
        where TInterface : class;

    /// <summary>Registers a factory, called once on first use; the result is disposed with this container.</summary>
    void RegisterFactoryAs<TInterface>(Func<IObjectContainer, TInterface> factory)
        where TInterface : class;

    /// <summary>True when the type is registered here or in a parent container.</summary>
    bool IsRegistered<T>();

    /// <summary>Resolves (and, when needed, creates) an instance.</summary>
    T Resolve<T>();

    /// <summary>Resolves (and, when needed, creates) an instance.</summary>
    object Resolve(Type type);
}
