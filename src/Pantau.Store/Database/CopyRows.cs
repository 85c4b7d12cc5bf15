using Npgsql;
using NpgsqlTypes;

namespace Pantau.Store.Database;

/// <summary>
/// Rows for one PostgreSQL table, kept until <see cref="Flush"/> and then sent in one binary
/// <c>COPY ... FROM STDIN</c>: no SQL to parse and no parameters, the fastest way in. A COPY
/// holds the connection until it completes, so rows are kept rather than streamed: the writer
/// runs other statements (document inserts) between rows.
/// </summary>
internal sealed class CopyRows(NpgsqlConnection connection, RowTable table, IRowWriter? parent = null) : IRowWriter
{
    private readonly List<object?[]> _rows = [];

    public void Add(params object?[] row)
    {
        if (row.Length != table.Columns.Length)
            throw new ArgumentException($"expected {table.Columns.Length} values, got {row.Length}", nameof(row));
        _rows.Add(row);
    }

    public void Flush()
    {
        parent?.Flush();
        if (_rows.Count == 0)
            return;
        using (var importer = connection.BeginBinaryImport($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _rows)
            {
                importer.StartRow();
                for (int i = 0; i < row.Length; i++)
                    Write(importer, row[i], table.Columns[i].Type);
            }
            importer.Complete();
        }
        _rows.Clear();
    }

    public void Dispose()
    {
    }

    /// <summary>Binary COPY takes exactly the column's type: an ordinal given as long goes to an integer column as int.</summary>
    private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        if (value is null or DBNull)
        {
            importer.WriteNull();
            return;
        }
        switch (type)
        {
            case NpgsqlDbType.Bigint:
                importer.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), type);
                break;
            case NpgsqlDbType.Integer:
                importer.Write(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), type);
                break;
            case NpgsqlDbType.Numeric:
                importer.Write(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), type);
                break;
            case NpgsqlDbType.Boolean:
                importer.Write((bool)value, type);
                break;
            case NpgsqlDbType.Date:
                importer.Write((DateOnly)value, type);
                break;
            case NpgsqlDbType.Text:
                importer.Write((string)value, type);
                break;
            default:
                throw new ArgumentException($"no COPY writer for {type}", nameof(type));
        }
    }
}
