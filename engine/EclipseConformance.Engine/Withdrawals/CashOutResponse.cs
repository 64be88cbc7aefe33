using System.Text.Json;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>What the ATM network simulator answered the terminal: its HTTP status and JSON body, unchanged.</summary>
public sealed record CashOutResponse(int NetworkStatus, JsonElement Answer);
