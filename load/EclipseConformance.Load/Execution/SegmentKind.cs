namespace EclipseConformance.Load.Execution;

public enum SegmentKind
{
    Open,
    Closed,
    Pause,
}
