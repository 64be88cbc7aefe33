namespace EclipseConformance.Engine.Ledger;

public readonly record struct HoldResult(HoldStatus Status, long HoldId = 0, long PostingId = 0, string? Detail = null)
{
    public bool Succeeded => Status == HoldStatus.Ok;
}
