using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EclipseConformance.Engine.Primitives;

public static class PrimitivesRegistration
{
    /// <summary>
    /// The composition root's clock and randomness. Tests and the virtual clock replace them by registering their
    /// own before this runs (TryAdd).
    /// </summary>
    public static IServiceCollection AddPrimitives(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, CryptoRandomSource>();
        return services;
    }
}
