using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Assist;

/// <summary>Typed cell readers (Reqnroll.Assist's names), with the invariant culture.</summary>
public static class DataTableRowExtensions
{
    public static string GetString(this DataTableRow row, string column) => Cell(row, column);

    public static int GetInt32(this DataTableRow row, string column) => Get<int>(row, column);

    public static long GetInt64(this DataTableRow row, string column) => Get<long>(row, column);

    /// <summary>Exact: parsed from the text, never through a double.</summary>
    public static decimal GetDecimal(this DataTableRow row, string column) => Get<decimal>(row, column);

    public static bool GetBoolean(this DataTableRow row, string column) => Get<bool>(row, column);

    public static Guid GetGuid(this DataTableRow row, string column) => Get<Guid>(row, column);

    public static DateTimeOffset GetDateTimeOffset(this DataTableRow row, string column) => Get<DateTimeOffset>(row, column);

    public static TEnum GetEnum<TEnum>(this DataTableRow row, string column)
        where TEnum : struct, Enum => Get<TEnum>(row, column);

    private static T Get<T>(DataTableRow row, string column) =>
        (T)StepArgumentConverter.Convert(Cell(row, column), typeof(T), $"column '{column}'")!;

    private static string Cell(DataTableRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row[column];
    }
}
