using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>Withdrawal limits and timers (section <c>Withdrawals</c>). Every list, retry and wait is bounded.</summary>
public sealed class WithdrawalsOptions
{
    public const string Section = "Withdrawals";

    /// <summary>Largest page of the withdrawal list.</summary>
    [Range(1, 1_000)]
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Page size when the caller gives no <c>limit</c>.</summary>
    [Range(1, 1_000)]
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>Largest page of <c>GET /sim/v1/sms</c>.</summary>
    [Range(1, 10_000)]
    public int MaxSmsPageSize { get; set; } = 1_000;

    /// <summary>Timeout of one call to the ATM network or the SMS gateway, on the engine's clock like VAS provider calls (ADR 0043).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts at registering a token or sending its SMS before the withdrawal goes to ERROR (ADR 0023).</summary>
    [Range(1, 50)]
    public int DeliveryMaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; each further retry waits five times longer, up to <see cref="DeliveryMaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan DeliveryFirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DeliveryMaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed task is left to the instance that claimed it before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the sweeper and the delivery worker look for due work when nothing woke them (engine clock).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Withdrawals the sweeper expires or settles per pass, and tasks the worker runs per pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>The SMS sender name.</summary>
    [Required]
    [StringLength(16, MinimumLength = 1)]
    public string SmsSender { get; set; } = "Eclipse";

    /// <summary>Register cash tokens with the ATM/retail network simulator (false: redeem only on the control plane).</summary>
    public bool RegisterTokens { get; set; } = true;

    /// <summary>
    /// The engine's base URL as the ATM network simulator reaches it for authorisations; empty: the address the engine
    /// listens on (a wildcard bind is reached on 127.0.0.1).
    /// </summary>
    [Url]
    public string? EngineBaseUrl { get; set; }

    /// <summary>The wait before retry <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var delay = DeliveryFirstRetryDelay;
        for (var i = 1; i < attempt && delay < DeliveryMaxRetryDelay; i++)
        {
            delay *= 5;
        }

        return delay < DeliveryMaxRetryDelay ? delay : DeliveryMaxRetryDelay;
    }
}
