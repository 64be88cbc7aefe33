namespace EclipseConformance.Engine.Errors;

/// <summary>Why authentication failed (expired, bad signature, ...), for the 401 envelope's description.</summary>
public sealed record AuthFailure(string Reason);
