namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>A transfer as sent (wallet indices into the run's table), kept so it can be sent again.</summary>
public sealed record SentTransfer(Guid Key, int From, int To, long Cents);
