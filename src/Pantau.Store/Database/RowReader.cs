using System.Data.Common;

namespace Pantau.Store.Database;

/// <summary>
/// A query's rows, read forward by column position. The story rebuild reads every claim of the
/// database through one, so each dialect gives the fastest it has (<see cref="ISqlDialect.ReadRows"/>).
/// Values read as ADO.NET's reader gives them: a column is asked for the type it holds.
/// </summary>
internal interface IRowReader : IDisposable
{
    bool Read();

    bool IsNull(int column);

    long GetInt64(int column);

    bool GetBoolean(int column);

    string GetString(int column);

    decimal GetDecimal(int column);

    DateOnly GetDate(int column);
}

internal static class RowReaderValues
{
    public static int GetInt32(this IRowReader rows, int column) => checked((int)rows.GetInt64(column));

    public static string? NullableString(this IRowReader rows, int column) => rows.IsNull(column) ? null : rows.GetString(column);

    public static decimal? NullableDecimal(this IRowReader rows, int column) => rows.IsNull(column) ? null : rows.GetDecimal(column);

    public static DateOnly? NullableDate(this IRowReader rows, int column) => rows.IsNull(column) ? null : rows.GetDate(column);
}

/// <summary>An ADO.NET reader as an <see cref="IRowReader"/>.</summary>
internal sealed class DataReaderRows(DbDataReader reader) : IRowReader
{
    public bool Read() => reader.Read();

    public bool IsNull(int column) => reader.IsDBNull(column);

    public long GetInt64(int column) => reader.GetInt64(column);

    public bool GetBoolean(int column) => reader.GetBoolean(column);

    public string GetString(int column) => reader.GetString(column);

    public decimal GetDecimal(int column) => reader.GetDecimal(column);

    public DateOnly GetDate(int column) => reader.GetFieldValue<DateOnly>(column);

    public void Dispose() => reader.Dispose();
}
