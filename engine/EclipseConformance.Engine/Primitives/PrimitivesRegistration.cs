using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Engine.Primitives;

public static class PrimitivesRegistration
{
    /// <summary>
    /// The composition root's clock and randomness. The clock is a <see cref="VirtualClock"/> (realtime by default);
    /// tests register their own manual one first (TryAdd keeps it).
    /// </summary>
    public static IServiceCollection AddPrimitives(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClockOptions>().Bind(configuration.GetSection(ClockOptions.Section));
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ClockOptions>>().Value;
#pragma warning disable RS0030 // the composition root starts virtual time from the wall clock
            var start = o.Start ?? DateTimeOffset.UtcNow;
#pragma warning restore RS0030
            return new VirtualClock(new FakeTimeProvider(start) { AutoAdvanceAmount = TimeSpan.Zero }, o.Mode);
        });
        services.TryAddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
        services.TryAddSingleton<IRandomSource, CryptoRandomSource>();
        services.AddHostedService<VirtualClockTicker>();
        return services;
    }
}
