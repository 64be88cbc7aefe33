using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace EclipseConformance.Gherkin;

/// <summary>One data row of a <see cref="DataTable"/>; cells are read by column name (case-insensitive) or index.</summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Mirrors Reqnroll's DataTableRow name.")]
public sealed class DataTableRow : IReadOnlyDictionary<string, string>
{
    private readonly DataTable _table;
    private readonly string[] _values;

    internal DataTableRow(DataTable table, string[] values)
    {
        _table = table;
        _values = [.. values];
    }

    /// <summary>The cell in the named column; throws naming the known columns when the column does not exist.</summary>
    public string this[string key]
    {
        get
        {
            var index = _table.IndexOf(key);
            return index >= 0
                ? _values[index]
                : throw new KeyNotFoundException($"The table has no column '{key}'. Columns: {string.Join(", ", _table.Header)}.");
        }
    }

    /// <summary>The cell at a column index.</summary>
    public string this[int index] => _values[index];

    public IEnumerable<string> Keys => _table.Header;

    public IEnumerable<string> Values => _values;

    public int Count => _values.Length;

    public bool ContainsKey(string key) => _table.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = _table.IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _table.Header.Select((h, i) => new KeyValuePair<string, string>(h, _values[i])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
