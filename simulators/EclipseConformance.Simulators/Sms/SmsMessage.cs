namespace EclipseConformance.Simulators.Sms;

/// <summary>An SMS the gateway accepted, as the inbox shows it.</summary>
public sealed record SmsMessage(
    string MessageId,
    string To,
    string? From,
    string Message,
    string? Reference,
    int Segments,
    DateTimeOffset ReceivedAt);
