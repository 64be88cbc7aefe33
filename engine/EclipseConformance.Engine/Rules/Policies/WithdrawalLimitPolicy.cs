namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The monthly withdrawal-token limit per destination phone (fact sheet 4.6, issue 5): at most <see cref="Amount"/>
/// (default R24,000.00; range 0.01–10,000,000) in a <see cref="Window"/> (default calendar month in
/// Africa/Johannesburg), counting withdrawals in <see cref="CountedStatuses"/> (default PENDING and SUCCESSFUL).
/// Rule file: <c>policies.withdrawalLimit</c>.
/// </summary>
public sealed record WithdrawalLimitPolicy
{
    public static readonly IReadOnlyList<string> KnownStatuses = ["PENDING", "SUCCESSFUL", "TIMEOUT", "CANCELLED", "ERROR"];

    public decimal Amount { get; init; } = 24_000.00m;

    public string Currency { get; init; } = "ZAR";

    public WithdrawalWindow Window { get; init; } = WithdrawalWindow.CalendarMonth;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Africa/Johannesburg");

    public IReadOnlyList<string> CountedStatuses { get; init; } = ["PENDING", "SUCCESSFUL"];

    public bool Counts(string status)
    {
        foreach (var counted in CountedStatuses)
        {
            if (string.Equals(counted, status, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The window containing <paramref name="now"/>: [Start, End) as UTC instants.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) WindowAt(DateTimeOffset now)
    {
        if (Window == WithdrawalWindow.Rolling30Days)
        {
            return (now - TimeSpan.FromDays(30), now);
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var first = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return (ToInstant(first), ToInstant(first.AddMonths(1)));
    }

    private DateTimeOffset ToInstant(DateTime localMidnight) =>
        new(localMidnight, TimeZone.GetUtcOffset(localMidnight));
}
