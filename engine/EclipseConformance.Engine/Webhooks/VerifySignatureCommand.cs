using System.Globalization;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// <c>./run.sh verify-signature --key K --header 't=..,v1=..' --body-file F [--now-ms N]</c>: checks a received callback
/// (or one's own signing code) the way a channel must, including the 5-minute replay window. The body file is read as
/// raw bytes (<c>-</c> reads stdin), so a trailing newline counts. Exit code 0 valid, 1 invalid, 2 usage error.
/// Runs before the host is built: no store, no port.
/// </summary>
public static class VerifySignatureCommand
{
    public const string Name = "verify-signature";

    public const string Usage = """
        Usage: run.sh verify-signature --key KEY --header 't=<ms>,v1=<base64>' --body-file FILE [--now-ms MS]
          --key        the shared HMAC key (the tenant's HMACOutboundSignatureKey)
          --header     the Eclipse-Signature header value as received
          --body-file  the raw request body as received ('-' reads stdin); every byte counts, a trailing newline too
          --now-ms     the instant to check the 5-minute replay window against (default: now)
        Exit code: 0 valid, 1 invalid, 2 usage error.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, Stream? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? arg[..eq] : arg;
            if (name is not ("--key" or "--header" or "--body-file" or "--now-ms"))
            {
                return await FailAsync(error, $"Unknown argument '{arg}'");
            }

            string? value = eq > 0 && name != arg ? arg[(eq + 1)..] : i + 1 < args.Length ? args[++i] : null;
            if (value is null)
            {
                return await FailAsync(error, $"{name} needs a value");
            }

            values[name] = value;
        }

        if (!values.TryGetValue("--key", out var key) || key.Length == 0 || !values.TryGetValue("--header", out var header)
            || !values.TryGetValue("--body-file", out var bodyFile))
        {
            return await FailAsync(error, "--key, --header and --body-file are required");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (values.TryGetValue("--now-ms", out var nowText) && !long.TryParse(nowText, NumberStyles.None, CultureInfo.InvariantCulture, out now))
        {
            return await FailAsync(error, "--now-ms must be milliseconds since the Unix epoch");
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(bodyFile, stdin);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(error, $"Cannot read the body file '{bodyFile}': {ex.Message}");
        }

        var result = SignatureVerifier.Verify(header, body, key, now, SignatureVerifier.DefaultTolerance);
        await output.WriteLineAsync($"{(result.Valid ? "VALID" : "INVALID")} ({result.Reason}): {result.Detail}");
        if (result.Verdict == SignatureVerdict.SignatureMismatch)
        {
            await output.WriteLineAsync($"expected v1={result.ExpectedSignature} for t={result.TimestampMs} and {body.Length} body bytes");
        }

        return result.Valid ? 0 : 1;
    }

    private static async Task<byte[]> ReadBodyAsync(string path, Stream? stdin)
    {
        if (path != "-")
        {
            return await File.ReadAllBytesAsync(path);
        }

        await using var input = stdin ?? Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        await error.WriteLineAsync(Usage);
        return 2;
    }
}
