namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>successfulWithoutExtraInfo</c>: a payment answered SUCCESSFUL without extraInfo (asynchronous completion) is not
/// final. Observable when the channel gave no callbackUrl, the extraInfo was ready within <see cref="DecideAfter"/>
/// of the POST, and no answer the channel received ever carried it.
/// </summary>
public sealed record ExtraInfoFinalityRule
{
    public bool Enabled { get; init; } = true;

    public TimeSpan DecideAfter { get; init; } = TimeSpan.FromMinutes(2);
}
