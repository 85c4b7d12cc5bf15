using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pantau.Store.Database;

/// <summary>
/// A SQLite query's rows read straight from its statement through <see cref="SqliteNative"/>.
/// Microsoft.Data.Sqlite's reader makes three or four calls into SQLitePCLRaw for each value, each
/// taking and releasing a reference on the statement's <see cref="SafeHandle"/>: reading back the
/// claims for a whole story rebuild spent more time there than in SQLite. Values convert as that
/// reader converts them (text parsed with the invariant culture), so what is read is the same.
/// The statement runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class SqliteRowReader : IRowReader
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>The statement's native pointer, valid while the reference taken on <see cref="_statement"/> is held.</summary>
    private readonly nint _native;

    /// <param name="command">A query; its parameters are bound by name.</param>
    public SqliteRowReader(SqliteCommand command)
    {
        _database = command.Connection?.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        int rc = raw.sqlite3_prepare_v2(_database, command.CommandText, out _statement);
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _database);
        bool added = false;
        _statement.DangerousAddRef(ref added);
        _native = _statement.DangerousGetHandle();
        foreach (SqliteParameter parameter in command.Parameters)
        {
            int index = raw.sqlite3_bind_parameter_index(_statement, parameter.ParameterName);
            rc = parameter.Value switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                var value => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}", nameof(command)),
            };
            if (rc != raw.SQLITE_OK)
                SqliteException.ThrowExceptionForRC(rc, _database);
        }
    }

    public bool Read()
    {
        int rc = SqliteNative.sqlite3_step(_native);
        if (rc == raw.SQLITE_ROW)
            return true;
        if (rc != raw.SQLITE_DONE)
            SqliteException.ThrowExceptionForRC(rc, _database);
        return false;
    }

    public bool IsNull(int column) => SqliteNative.sqlite3_column_type(_native, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => SqliteNative.sqlite3_column_int64(_native, column);

    public bool GetBoolean(int column) => GetInt64(column) != 0;

    public string GetString(int column)
    {
        // The pointer first: asking for it may convert a number to text, which sets the length.
        nint text = SqliteNative.sqlite3_column_text(_native, column);
        return Marshal.PtrToStringUTF8(text, SqliteNative.sqlite3_column_bytes(_native, column));
    }

    public decimal GetDecimal(int column) =>
        decimal.Parse(GetString(column), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public DateOnly GetDate(int column) => DateOnly.Parse(GetString(column), CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _statement.DangerousRelease();
        _statement.Dispose();
    }
}
