namespace EclipseConformance.Engine.Withdrawals;

/// <summary>One SMS in the SMS gateway simulator's inbox (<c>GET /sim/v1/sms</c>).</summary>
public sealed record SmsView(string MessageId, string To, string? From, string Message, string? Reference, int Segments, string ReceivedAt);
