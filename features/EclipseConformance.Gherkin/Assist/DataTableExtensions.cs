namespace EclipseConformance.Gherkin.Assist;

/// <summary>
/// Reqnroll.Assist's table helpers: <see cref="CreateInstance{T}"/> and <see cref="CreateSet{T}"/> map columns to
/// properties or constructor parameters by name (case, spaces, hyphens and underscores ignored) and convert cells
/// with the invariant culture (decimals exactly). A column that matches nothing is an error, not silently dropped.
/// </summary>
public static class DataTableExtensions
{
    private static readonly string[] FieldHeaders = ["Field", "Property", "Name", "Key"];

    /// <summary>
    /// One object from either a vertical table (<c>| Field | Value |</c> header, one row per property) or a
    /// horizontal table with exactly one data row.
    /// </summary>
    public static T CreateInstance<T>(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (IsVertical(table))
            return (T)InstanceFactory.Create(typeof(T), [.. table.Rows.Select(r => (r[0], r[1]))]);
        if (table.RowCount != 1)
            throw new InvalidOperationException($"CreateInstance<{typeof(T).Name}> needs a vertical (Field | Value) table or exactly one data row; this table has {table.RowCount}.");
        return CreateFromRow<T>(table.Rows[0]);
    }

    /// <summary>One object per data row of a horizontal table.</summary>
    public static IReadOnlyList<T> CreateSet<T>(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Rows.Select(CreateFromRow<T>)];
    }

    private static T CreateFromRow<T>(DataTableRow row) => (T)InstanceFactory.Create(typeof(T), [.. row.Select(c => (c.Key, c.Value))]);

    private static bool IsVertical(DataTable table) =>
        table.Header.Count == 2
        && FieldHeaders.Contains(table.Header[0], StringComparer.OrdinalIgnoreCase)
        && string.Equals(table.Header[1], "Value", StringComparison.OrdinalIgnoreCase);
}
