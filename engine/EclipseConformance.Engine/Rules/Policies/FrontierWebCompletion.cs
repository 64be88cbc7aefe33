namespace EclipseConformance.Engine.Rules;

/// <summary>FrontierWeb VAS completion (wire ASYNC, SYNC): the newer document answers POST at once and fills extraInfo later.</summary>
public enum FrontierWebCompletion
{
    Async,
    Sync,
}
