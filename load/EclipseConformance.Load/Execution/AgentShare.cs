namespace EclipseConformance.Load.Execution;

/// <summary>
/// This runner's share of a distributed run. In the open model agent <c>i</c> of <c>k</c> takes every k-th
/// arrival of the global schedule (starting at the i-th), so the agents together reproduce the global
/// schedule exactly; in the closed model the loops are split as evenly as possible.
/// </summary>
public readonly record struct AgentShare
{
    public AgentShare(int index, int count)
    {
        if (count is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The agent count is between 1 and 1000.");
        }

        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The agent index is between 0 and count - 1.");
        }

        Index = index;
        Count = count;
    }

    public static AgentShare Single => new(0, 1);

    public int Index { get; }

    public int Count { get; }

    public bool IsDistributed => Count > 1;

    public bool Takes(long globalArrivalIndex) => globalArrivalIndex % Count == Index;

    public int ShareOf(int copies) => (copies / Count) + (Index < copies % Count ? 1 : 0);

    public override string ToString() => $"{Index + 1}/{Count}";
}
