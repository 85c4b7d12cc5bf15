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
    private readonly SqliteStatement _statement;

    /// <param name="command">A query; its parameters are bound by name.</param>
    public SqliteRowReader(SqliteCommand command)
    {
        _statement = new SqliteStatement(command.Connection, command.CommandText);
        var handle = _statement.Handle;
        foreach (SqliteParameter parameter in command.Parameters)
        {
            int index = raw.sqlite3_bind_parameter_index(handle, parameter.ParameterName);
            int rc = parameter.Value switch
            {
                null or DBNull => raw.sqlite3_bind_null(handle, index),
                string text => raw.sqlite3_bind_text(handle, index, text),
                long number => raw.sqlite3_bind_int64(handle, index, number),
                var value => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}", nameof(command)),
            };
            _statement.Check(rc, raw.SQLITE_OK);
        }
    }

    public bool Read()
    {
        int rc = SqliteNative.sqlite3_step(_statement.Native);
        if (rc == raw.SQLITE_ROW)
            return true;
        _statement.Check(rc, raw.SQLITE_DONE);
        return false;
    }

    public bool IsNull(int column) => SqliteNative.sqlite3_column_type(_statement.Native, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => SqliteNative.sqlite3_column_int64(_statement.Native, column);

    public bool GetBoolean(int column) => GetInt64(column) != 0;

    public string GetString(int column)
    {
        // The pointer first: asking for it may convert a number to text, which sets the length.
        nint text = SqliteNative.sqlite3_column_text(_statement.Native, column);
        return Marshal.PtrToStringUTF8(text, SqliteNative.sqlite3_column_bytes(_statement.Native, column));
    }

    public decimal GetDecimal(int column) =>
        decimal.Parse(GetString(column), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public DateOnly GetDate(int column) => DateOnly.Parse(GetString(column), CultureInfo.InvariantCulture);

    public void Dispose() => _statement.Dispose();
}
