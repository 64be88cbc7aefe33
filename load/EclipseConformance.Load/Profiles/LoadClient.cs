namespace EclipseConformance.Load.Profiles;

public enum LoadClient
{
    /// <summary>The lean HTTP/1.1 client (<see cref="Http.RawHttpTarget"/>): cheapest per request, plain HTTP only.</summary>
    Lean,

    /// <summary>HttpClient on a shared, connection-limited SocketsHttpHandler (<see cref="Http.HttpTarget"/>).</summary>
    HttpClient,
}
