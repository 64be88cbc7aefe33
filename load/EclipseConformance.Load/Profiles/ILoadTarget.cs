namespace EclipseConformance.Load.Profiles;

/// <summary>A system under test the runner started itself (echo server, later the engine); disposed after the run.</summary>
public interface ILoadTarget : IAsyncDisposable
{
    Uri BaseAddress { get; }

    string Description { get; }
}
