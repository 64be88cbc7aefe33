namespace EclipseConformance.Engine.Ledger;

/// <summary>The outcome of one posting; <see cref="PostingId"/> and <see cref="CreatedMs"/> are set when it exists.</summary>
public readonly record struct PostingResult(PostingStatus Status, long PostingId = 0, long CreatedMs = 0, string? Detail = null)
{
    public bool Succeeded => Status is PostingStatus.Applied or PostingStatus.Replayed;
}
