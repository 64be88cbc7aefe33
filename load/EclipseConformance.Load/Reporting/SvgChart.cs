using System.Globalization;
using System.Net;
using System.Text;

namespace EclipseConformance.Load.Reporting;

/// <summary>Renders a small self-contained SVG line chart (no scripts, no external resources).</summary>
public static class SvgChart
{
    private const int Width = 860;
    private const int Height = 280;
    private const int Left = 64;
    private const int Right = 150;
    private const int Top = 28;
    private const int Bottom = 40;

    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<double> x, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(series);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var xMax = x.Count == 0 ? 1 : Math.Max(x.Max(), 1e-9);
        var yMax = NiceCeiling(series.SelectMany(s => s.Values).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max());

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Encode(title)}\">"));
        svg.Append(Invariant($"<text x=\"{Left}\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{Encode(title)}</text>"));
        for (var i = 0; i <= 4; i++)
        {
            var value = yMax * i / 4;
            var y = Top + plotHeight - (plotHeight * i / 4.0);
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Left + plotWidth}\" y2=\"{y:F1}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" font-size=\"11\" text-anchor=\"end\">{Label(value)}</text>"));
        }

        var xStep = NiceCeiling(xMax / 6);
        for (var value = 0.0; value <= xMax * 1.0001; value += xStep)
        {
            var px = Left + (plotWidth * value / xMax);
            svg.Append(Invariant($"<text x=\"{px:F1}\" y=\"{Top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\">{Label(value)}</text>"));
        }

        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Left + plotWidth}\" y2=\"{Top + plotHeight}\" stroke=\"#333\"/>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\" stroke=\"#333\"/>"));
        svg.Append(Invariant($"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Height - 6}\" font-size=\"11\" text-anchor=\"middle\">{Encode(xLabel)}</text>"));
        svg.Append(Invariant($"<text x=\"14\" y=\"{Top + (plotHeight / 2)}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (plotHeight / 2)})\">{Encode(yLabel)}</text>"));

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var points = new StringBuilder();
            for (var i = 0; i < Math.Min(x.Count, line.Values.Count); i++)
            {
                if (double.IsNaN(line.Values[i]))
                {
                    continue;
                }

                var px = Left + (plotWidth * x[i] / xMax);
                var py = Top + plotHeight - (plotHeight * Math.Min(line.Values[i], yMax) / yMax);
                points.Append(Invariant($"{px:F1},{py:F1} "));
            }

            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{Encode(line.Color)}\" stroke-width=\"1.8\" points=\"{points.ToString().TrimEnd()}\"/>"));
            var ly = Top + 10 + (s * 18);
            svg.Append(Invariant($"<line x1=\"{Left + plotWidth + 14}\" y1=\"{ly}\" x2=\"{Left + plotWidth + 34}\" y2=\"{ly}\" stroke=\"{Encode(line.Color)}\" stroke-width=\"3\"/>"));
            svg.Append(Invariant($"<text x=\"{Left + plotWidth + 40}\" y=\"{ly + 4}\" font-size=\"12\">{Encode(line.Name)}</text>"));
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten, at least <paramref name="value"/>.</summary>
    public static double NiceCeiling(double value)
    {
        if (value <= 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Label(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
