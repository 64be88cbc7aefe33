using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Host;

/// <summary>How the engine listens. Bound from <c>--port</c>/<c>ECLIPSE_SIM_PORT</c> and the Engine config section.</summary>
public sealed class EngineOptions
{
    public const string Section = "Engine";

    /// <summary>0 lets the OS choose (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 8080;

    /// <summary>Loopback by default: the simulator is a local tool.</summary>
    [Required]
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Request bodies over this size are refused with 413 and the envelope.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a request body may go without arriving at Kestrel's minimum rate (240 bytes/s) before the request is
    /// dropped with 408; Kestrel's default is 5 s. Longer for clients on slow links, or for tests that hold a request open.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A longer request line (method, target, protocol) is refused with 414 and the envelope (ADR 0044).</summary>
    [Range(1_024, 64 * 1024)]
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>Larger request headers (all fields together) are refused with 431 and the envelope.</summary>
    [Range(4 * 1024, 128 * 1024)]
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    /// <summary>More request header fields are refused with 431 and the envelope.</summary>
    [Range(16, 1_000)]
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>Print the start banner (base URL, demo identities, docs).</summary>
    public bool PrintBanner { get; set; } = true;

    /// <summary>
    /// When set, the base URL the engine listens on is written to this file once it accepts requests: with
    /// <c>--port 0</c>, a supervising process (a test, a script) learns the port the OS chose without racing for one.
    /// </summary>
    public string? UrlFile { get; set; }
}
