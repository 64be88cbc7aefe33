using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EclipseConformance.Load.Eclipse.Bench;

/// <summary>Writes <c>bench.md</c> (every round, the medians, the targets) and <c>bench.json</c> into the summary folder.</summary>
public static class BenchSummary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(string folder, LedgerBenchOptions options, bool sqlite, IReadOnlyList<BenchRound> rounds, DateTimeOffset startedUtc)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rounds);
        Directory.CreateDirectory(folder);
        var markdown = Render(options, sqlite, rounds, startedUtc);
        File.WriteAllText(Path.Combine(folder, "bench.md"), markdown, new UTF8Encoding(false));
        var stub = StubTarget(rounds);
        var json = new
        {
            store = sqlite ? "sqlite" : "postgresql",
            options.Concurrency,
            wiremockBaseline = options.WireMockBaseline,
            stubTarget = stub is { } t
                ? new { target = "transfers/s >= WireMock.Net static stub ok/s", medianStubPerSecond = t.StubPerSecond, medianTransfersPerSecond = t.TransfersPerSecond, medianRatio = t.Ratio, met = t.Met }
                : null,
            rounds,
        };
        File.WriteAllText(Path.Combine(folder, "bench.json"), JsonSerializer.Serialize(json, Json), new UTF8Encoding(false));
        return markdown + $"\nsummary: {Path.GetFullPath(folder)}\n";
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// Issue 11's target, "transfers at least as fast as the WireMock.Net static stub": the median over the rounds of
    /// transfers/s ÷ stub ok/s is at least 1. Null when no round measured the stub (<c>--no-wiremock-baseline</c>).
    /// </summary>
    public static StubComparison? StubTarget(IReadOnlyList<BenchRound> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var measured = rounds.Where(r => r.StubPerSecond is not null).ToList();
        if (measured.Count == 0)
        {
            return null;
        }

        var ratio = Median(measured.Select(r => r.StubRatio!.Value));
        return new StubComparison(Median(measured.Select(r => r.StubPerSecond!.Value)), Median(measured.Select(r => r.TransfersPerSecond)), ratio, ratio >= 1);
    }

    private static string Render(LedgerBenchOptions o, bool sqlite, IReadOnlyList<BenchRound> rounds, DateTimeOffset startedUtc)
    {
        var target = sqlite ? LedgerBench.SqliteRatioTarget : LedgerBench.PostgresRatioTarget;
        var md = new StringBuilder();
        md.Append(Inv($"# bench ledger — {(sqlite ? "SQLite (embedded, default durability)" : "PostgreSQL")}\n\n"));
        md.Append(Inv($"Started {startedUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC on {Environment.MachineName} ({Environment.ProcessorCount} cores). Per round: a fresh engine; "));
        md.Append(Inv($"echo closed c{o.Concurrency} {o.EchoDuration.TotalSeconds} s, transfers closed c{o.Concurrency} {o.ClosedDuration.TotalSeconds} s (warm-up {o.WarmUp.TotalSeconds} s), "));
        md.Append(Inv($"then transfers open at {o.OpenFraction:P0} of the closed throughput for {o.OpenDuration.TotalSeconds} s ({o.OpenConcurrency} connections); {o.Wallets} wallets.\n\n"));
        md.Append("| round | echo ok/s | transfers/s | p50 ms | p99 ms | ratio | avg batch | open rate /s | open p50 ms | open p99 ms | open dropped | open avg batch | RSS MiB (peak) | load avg before → after | checks |\n");
        md.Append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|\n");
        foreach (var r in rounds)
        {
            md.Append(Inv($"| {r.Round} | {r.EchoPerSecond:F0} | {r.TransfersPerSecond:F0} | {r.TransferP50Ms:F2} | {r.TransferP99Ms:F2} | {r.Ratio:F3} | {r.ClosedAverageBatch:F1} | {r.OpenRate} | {r.OpenP50Ms:F2} | {r.OpenP99Ms:F2} | {r.OpenDroppedPercent:0.##} % | {r.OpenAverageBatch:F1} | {r.RssMiB:F0} ({r.PeakRssMiB:F0}) | {r.LoadAverageBefore} → {r.LoadAverageAfter} | {(r.ChecksPassed ? "passed" : "FAILED")} |\n"));
        }

        if (rounds.Count > 0)
        {
            double M(Func<BenchRound, double> f) => Median(rounds.Select(f));
            md.Append(Inv($"| **median** | **{M(r => r.EchoPerSecond):F0}** | **{M(r => r.TransfersPerSecond):F0}** | **{M(r => r.TransferP50Ms):F2}** | **{M(r => r.TransferP99Ms):F2}** | **{M(r => r.Ratio):F3}** | {M(r => r.ClosedAverageBatch):F1} | {M(r => r.OpenRate):F0} | {M(r => r.OpenP50Ms):F2} | **{M(r => r.OpenP99Ms):F2}** | {M(r => r.OpenDroppedPercent):0.##} % | {M(r => r.OpenAverageBatch):F1} | {M(r => r.RssMiB):F0} ({M(r => r.PeakRssMiB):F0}) | | |\n\n"));
            var ratio = M(r => r.Ratio);
            var p99 = M(r => r.OpenP99Ms);
            md.Append("| target (issue 3) | median | met |\n|---|--:|---|\n");
            md.Append(Inv($"| transfers/s ≥ {target:F2} × echo | {ratio:F3} × echo | {(ratio >= target ? "yes" : "NO")} |\n"));
            md.Append(Inv($"| p99 ≤ {LedgerBench.OpenP99TargetMs} ms at {o.OpenFraction:P0} of the closed rate | {p99:F2} ms | {(p99 <= LedgerBench.OpenP99TargetMs ? "yes" : "NO")} |\n"));
            md.Append(StubTarget(rounds) is { } stub
                ? Inv($"| transfers/s ≥ WireMock.Net static stub ok/s (issues 3, 11) | {stub.Ratio:F3} × stub ({stub.TransfersPerSecond:F0} vs {stub.StubPerSecond:F0} ok/s) | {(stub.Met ? "yes" : "NO")} |\n")
                : "| transfers/s ≥ WireMock.Net static stub ok/s (issues 3, 11) | not measured (--no-wiremock-baseline) | — |\n");
            md.Append(Inv($"| zero invariant violations | {rounds.Count(r => !r.ChecksPassed)} round(s) failed | {(rounds.All(r => r.ChecksPassed) ? "yes" : "NO")} |\n\n"));
        }

        RenderStub(md, o, rounds);
        md.Append("Reports of each run:\n\n");
        foreach (var r in rounds)
        {
            md.Append(Inv($"- round {r.Round}: closed `{r.ClosedReport}`, open `{r.OpenReport}`\n"));
        }

        return md.ToString();
    }

    private static void RenderStub(StringBuilder md, LedgerBenchOptions o, IReadOnlyList<BenchRound> rounds)
    {
        md.Append("## WireMock.Net static stub baseline\n\n");
        if (!rounds.Any(r => r.StubPerSecond is not null))
        {
            md.Append("Not measured (`--no-wiremock-baseline`).\n\n");
            return;
        }

        md.Append(Inv($"WireMock.Net (default settings: every request kept in its request log) with one static stub, POST `{WireMockStub.WireMockStubServer.TransferPath}` → {WireMockStub.WireMockStubServer.TransferStatus}, "));
        md.Append(Inv($"as its own process; closed c{o.Concurrency} for {o.EchoDuration.TotalSeconds} s after {o.WireMockWarmUp.TotalSeconds} s of unmeasured warm-up, with the same client and the transfer request, after the echo baseline of the same round.\n\n"));
        md.Append("| round | stub ok/s | stub p50 ms | stub p99 ms | stub failed | transfers/s | transfers / stub |\n|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach (var r in rounds.Where(r => r.StubPerSecond is not null))
        {
            md.Append(Inv($"| {r.Round} | {r.StubPerSecond:F0} | {r.StubP50Ms:F2} | {r.StubP99Ms:F2} | {r.StubFailed} | {r.TransfersPerSecond:F0} | {r.StubRatio:F3} |\n"));
        }

        var measured = rounds.Where(r => r.StubPerSecond is not null).ToList();
        double M(Func<BenchRound, double> f) => Median(measured.Select(f));
        md.Append(Inv($"| **median** | **{M(r => r.StubPerSecond!.Value):F0}** | **{M(r => r.StubP50Ms!.Value):F2}** | **{M(r => r.StubP99Ms!.Value):F2}** | {M(r => r.StubFailed!.Value):F0} | **{M(r => r.TransfersPerSecond):F0}** | **{M(r => r.StubRatio!.Value):F3}** |\n\n"));
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
