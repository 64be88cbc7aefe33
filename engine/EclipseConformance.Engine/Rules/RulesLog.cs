namespace EclipseConformance.Engine.Rules;

internal static partial class RulesLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rule set {Version} ({Hash}) active: {Files} files, {Rules} decision rules, {Behaviours} behaviours, {Items} config items")]
    public static partial void Loaded(ILogger logger, long version, string hash, int files, int rules, int behaviours, int items);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule files refused, the previous rule set stays active: {Problem}")]
    public static partial void Refused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Directory} for rule file changes")]
    public static partial void Watching(ILogger logger, string directory);
}
