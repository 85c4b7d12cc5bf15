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

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>The statement's native pointer for <see cref="SqliteNative"/>, valid while the reference taken on <see cref="_statement"/> is held.</summary>
    private readonly nint _native;
    private readonly int _parameters;

    /// <summary>Text is encoded here rather than into a new array per value; SQLite copies what is bound.</summary>
    private byte[] _utf8 = new byte[4096];

    /// <param name="sql">A statement with positional parameters <c>?</c>, one per value of a row.</param>
    public SqliteRows(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        int rc = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _database);
        _parameters = raw.sqlite3_bind_parameter_count(_statement);
        bool added = false;
        _statement.DangerousAddRef(ref added);
        _native = _statement.DangerousGetHandle();
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
            int rc = SqliteNative.sqlite3_step(_native);
            if (rc != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(rc, _database);
        }
        finally
        {
            SqliteNative.sqlite3_reset(_native);
        }
    }

    /// <remarks>Every row was written by <see cref="Add"/>.</remarks>
    public void Flush()
    {
    }

    public void Dispose()
    {
        _statement.DangerousRelease();
        _statement.Dispose();
    }

    private void Bind(int index, object? value)
    {
        int rc = value switch
        {
            null or DBNull => SqliteNative.sqlite3_bind_null(_native, index),
            string s => BindText(index, s),
            long l => SqliteNative.sqlite3_bind_int64(_native, index, l),
            int i => SqliteNative.sqlite3_bind_int64(_native, index, i),
            bool b => SqliteNative.sqlite3_bind_int64(_native, index, b ? 1 : 0),
            double d => SqliteNative.sqlite3_bind_double(_native, index, d),
            decimal m => BindText(index, m.ToString(DecimalFormat, CultureInfo.InvariantCulture)),
            DateOnly date => BindText(index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
            _ => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}", nameof(value)),
        };
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _database);
    }

    private int BindText(int index, string text)
    {
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most)
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        int length = Encoding.UTF8.GetBytes(text, _utf8);
        // The buffer is never empty, so even "" passes a pointer: a null one would bind NULL.
        return SqliteNative.sqlite3_bind_text(_native, index, ref _utf8[0], length, SqliteNative.Transient);
    }
}
