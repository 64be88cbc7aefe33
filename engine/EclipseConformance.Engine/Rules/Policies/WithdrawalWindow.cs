namespace EclipseConformance.Engine.Rules;

/// <summary>How the withdrawal limit's window is cut (wire: CALENDAR_MONTH, ROLLING_30_DAYS).</summary>
public enum WithdrawalWindow
{
    /// <summary>From the first of the month 00:00 to the first of the next month, in the policy's time zone (default).</summary>
    CalendarMonth,

    /// <summary>The 30 days before the moment of the request.</summary>
    Rolling30Days,
}
