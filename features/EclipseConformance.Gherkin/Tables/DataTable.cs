using System.Text;

namespace EclipseConformance.Gherkin;

/// <summary>
/// A Gherkin data table passed as the last argument of a step (Reqnroll's <c>DataTable</c>, formerly <c>Table</c>).
/// The first row is the header. Use <c>EclipseConformance.Gherkin.Assist</c> for <c>CreateInstance</c>/<c>CreateSet</c>.
/// </summary>
public sealed class DataTable
{
    private readonly string[] _header;
    private readonly List<DataTableRow> _rows = [];

    /// <summary>Creates an empty table with the given header.</summary>
    public DataTable(params string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Length == 0)
            throw new ArgumentException("A data table needs at least one column.", nameof(header));
        var duplicate = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Column '{duplicate.Key}' appears more than once in the table header.", nameof(header));
        _header = [.. header];
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>The data rows (the header excluded).</summary>
    public IReadOnlyList<DataTableRow> Rows => _rows;

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>True when a column with this name exists (case-insensitive).</summary>
    public bool ContainsColumn(string column) => IndexOf(column) >= 0;

    /// <summary>Appends a row; it must have one value per column.</summary>
    public DataTableRow AddRow(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _header.Length)
            throw new ArgumentException($"The row has {values.Length} cells but the table has {_header.Length} columns.", nameof(values));
        var row = new DataTableRow(this, values);
        _rows.Add(row);
        return row;
    }

    /// <summary>Renders the table in Gherkin syntax.</summary>
    public override string ToString()
    {
        var widths = _header.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        AppendLine(text, _header, widths);
        foreach (var row in _rows)
            AppendLine(text, [.. row.Values], widths);
        return text.ToString();
    }

    internal int IndexOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Array.FindIndex(_header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
    }

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
            text.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
        text.Append('\n');
    }
}
