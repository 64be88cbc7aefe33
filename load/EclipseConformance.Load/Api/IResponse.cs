namespace EclipseConformance.Load;

/// <summary>The outcome of one scenario invocation, as NBomber's <c>IResponse</c>.</summary>
public interface IResponse
{
    /// <summary>True when the invocation failed; it then counts as an error, not as throughput.</summary>
    bool IsError { get; }

    /// <summary>A short code used to group failures in the report (e.g. "503", "timeout").</summary>
    string StatusCode { get; }

    /// <summary>Bytes received, when the scenario knows it (0 otherwise).</summary>
    long SizeBytes { get; }

    /// <summary>Free text shown next to the status code for failures.</summary>
    string Message { get; }
}
