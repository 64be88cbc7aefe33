namespace EclipseConformance.Engine.Control.Activity;

/// <summary>
/// One step of a payment's or withdrawal's history, from where it was recorded: <c>store</c> (creation, the state now),
/// <c>journal</c> (an Eclipse API call about it and the status it answered), <c>task</c> (token registration, SMS),
/// <c>callback</c> (a delivery attempt).
/// </summary>
public sealed record ActivityEvent(string At, long AtMs, string Source, string What, string? Status, long? JournalId = null, long? CallbackId = null);
