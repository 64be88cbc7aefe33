namespace EclipseConformance.Simulators.Sms;

/// <summary>Body of <c>POST /sms/send</c>.</summary>
internal sealed record SmsSendRequest(string? To, string? From, string? Message, string? Reference);
