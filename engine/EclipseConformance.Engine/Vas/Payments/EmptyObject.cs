namespace EclipseConformance.Engine.Vas;

/// <summary>Serialises as <c>{}</c> (e.g. <c>paymentTerminalData</c>, empty for VAS).</summary>
public sealed record EmptyObject
{
    public static EmptyObject Instance { get; } = new();
}
