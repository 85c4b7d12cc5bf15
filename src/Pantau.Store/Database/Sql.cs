using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Pantau.Store.Database;

/// <summary>Small helpers over ADO.NET that both drivers understand: named <c>@parameters</c>, nulls as DBNull.</summary>
internal static class Sql
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static int Execute(this DbConnection connection, DbTransaction? transaction, string text)
    {
        using var command = connection.Command(transaction, text);
        return command.ExecuteNonQuery();
    }

    public static long Count(this DbCommand command) => Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);

    public static string? NullableString(this DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static long? NullableInt64(this DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);

    public static DateOnly? NullableDate(this DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, with % _ and \ taken literally (ESCAPE '\').</summary>
    public static string ContainsPattern(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('%');
        foreach (char c in text)
        {
            if (c is '%' or '_' or '\\')
                builder.Append('\\');
            builder.Append(c);
        }
        return builder.Append('%').ToString();
    }
}

/// <summary>
/// Writes many rows with few round trips: <c>prefix (@p0, @p1), (@p2, @p3) ... suffix</c>, a statement
/// every <paramref name="rowsPerStatement"/> rows, prepared once and reused with new values. Many rows
/// per statement is what makes PostgreSQL over a socket fast; SQLite, in process, is fastest with one
/// row per prepared statement (its driver binds parameters by name, at a cost that grows with their
/// number). Rows that reference rows of another batch name it as <paramref name="parent"/>, which is
/// flushed first so foreign keys hold.
/// </summary>
internal sealed class ValuesBatch(
    DbConnection connection, DbTransaction transaction, string prefix, string suffix, int columns, int rowsPerStatement, IRowWriter? parent = null) : IRowWriter
{
    private readonly List<object?> _values = new(rowsPerStatement * columns);
    private DbCommand? _full;

    public void Add(params object?[] row)
    {
        if (row.Length != columns)
            throw new ArgumentException($"expected {columns} values, got {row.Length}", nameof(row));
        _values.AddRange(row);
        if (_values.Count >= rowsPerStatement * columns)
            Flush();
    }

    public void Flush()
    {
        parent?.Flush();
        if (_values.Count == 0)
            return;
        int rows = _values.Count / columns;
        if (rows == rowsPerStatement)
        {
            _full ??= Build(rows);
            Run(_full);
        }
        else
        {
            using var command = Build(rows);
            Run(command);
        }
        _values.Clear();
    }

    public void Dispose() => _full?.Dispose();

    private void Run(DbCommand command)
    {
        for (int i = 0; i < _values.Count; i++)
            command.Parameters[i].Value = _values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private DbCommand Build(int rows)
    {
        var text = new StringBuilder(prefix.Length + suffix.Length + rows * columns * 7).Append(prefix);
        for (int r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ",(");
            for (int c = 0; c < columns; c++)
            {
                if (c > 0)
                    text.Append(',');
                text.Append("@p").Append((r * columns + c).ToString(CultureInfo.InvariantCulture));
            }
            text.Append(')');
        }
        text.Append(suffix);
        var command = connection.Command(transaction, text.ToString());
        for (int i = 0; i < rows * columns; i++)
            command.With("@p" + i.ToString(CultureInfo.InvariantCulture), _values[i]);
        return command;
    }
}
