using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pantau.Store.Database;

/// <summary>
/// One SQLite statement prepared once and run for each row, its values bound by position on the
/// raw <c>sqlite3_stmt</c>. Microsoft.Data.Sqlite binds by name on every execution
/// (<c>sqlite3_bind_parameter_index</c> per parameter), which was most of an ingest's writing time.
/// Values are bound as Microsoft.Data.Sqlite binds them, so what is stored is the same: booleans
/// as 0/1, decimals and dates as text (the column's affinity then applies), strings as UTF-8.
/// Rows go to the database as they are added; the statement runs inside whatever transaction the
/// connection has open.
/// </summary>
internal sealed class SqliteRows : IRowWriter
{
    private const string DecimalFormat = "0.0###########################";

    private readonly SqliteStatement _statement;
    private readonly int _parameters;

    /// <summary>Text is encoded here rather than into a new array per value; SQLite copies what is bound.</summary>
    private byte[] _utf8 = new byte[4096];

    /// <param name="sql">A statement with positional parameters <c>?</c>, one per value of a row.</param>
    public SqliteRows(SqliteConnection connection, string sql)
    {
        _statement = new SqliteStatement(connection, sql);
        _parameters = raw.sqlite3_bind_parameter_count(_statement.Handle);
    }

    public static SqliteRows Insert(SqliteConnection connection, RowTable table) =>
        new(connection, $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", Enumerable.Repeat("?", table.Columns.Length))})");

    public void Add(params object?[] row)
    {
        if (row.Length != _parameters)
            throw new ArgumentException($"expected {_parameters} values, got {row.Length}", nameof(row));
        try
        {
            for (int i = 0; i < row.Length; i++)
                Bind(i + 1, row[i]);
            _statement.Check(SqliteNative.sqlite3_step(_statement.Native), raw.SQLITE_DONE);
        }
        finally
        {
            SqliteNative.sqlite3_reset(_statement.Native);
        }
    }

    /// <remarks>Every row was written by <see cref="Add"/>.</remarks>
    public void Flush()
    {
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object? value)
    {
        int rc = value switch
        {
            null or DBNull => SqliteNative.sqlite3_bind_null(_statement.Native, index),
            string s => BindText(index, s),
            long l => SqliteNative.sqlite3_bind_int64(_statement.Native, index, l),
            int i => SqliteNative.sqlite3_bind_int64(_statement.Native, index, i),
            bool b => SqliteNative.sqlite3_bind_int64(_statement.Native, index, b ? 1 : 0),
            double d => SqliteNative.sqlite3_bind_double(_statement.Native, index, d),
            decimal m => BindText(index, m.ToString(DecimalFormat, CultureInfo.InvariantCulture)),
            DateOnly date => BindText(index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(_statement.Handle, index, bytes),
            _ => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}", nameof(value)),
        };
        _statement.Check(rc, raw.SQLITE_OK);
    }

    private int BindText(int index, string text)
    {
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most)
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        int length = Encoding.UTF8.GetBytes(text, _utf8);
        // The buffer is never empty, so even "" passes a pointer: a null one would bind NULL.
        return SqliteNative.sqlite3_bind_text(_statement.Native, index, ref _utf8[0], length, SqliteNative.Transient);
    }
}
