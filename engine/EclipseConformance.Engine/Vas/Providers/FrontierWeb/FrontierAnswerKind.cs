namespace EclipseConformance.Engine.Vas;

public enum FrontierAnswerKind
{
    Result,
    Fault,
    Unusable,
}
