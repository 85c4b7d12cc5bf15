using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Pantau.Store.Database;

/// <summary>
/// PostgreSQL through Npgsql. Concurrent ingests are kept apart by the unique source key
/// (<c>ON CONFLICT</c>), row locks on the documents they replace, and a transaction-level
/// advisory lock, exclusive around migrations and story rebuilds and shared by batches of documents.
/// </summary>
internal sealed class PostgresDialect(StoreLocation location) : ISqlDialect
{
    /// <summary>The advisory lock key: "PANTAU" in ASCII, so it does not collide with other programs' keys by chance.</summary>
    private const long LockKey = 0x50414E544155;

    public StoreKind Kind => StoreKind.Postgres;

    public string MigrationFolder => "postgres";

    public DbConnection Open(bool create)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        // Fail fast when the server is not there rather than after Npgsql's default 15 s.
        if (!location.ConnectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
            builder.Timeout = 5;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int RowsPerStatement => 400;

    public IRowWriter InsertRows(DbConnection connection, DbTransaction transaction, RowTable table, IRowWriter? parent = null) =>
        new CopyRows((NpgsqlConnection)connection, table, parent);

    public IRowReader ReadRows(DbCommand query) => new DataReaderRows(query.ExecuteReader());

    public IRowWriter OriginUpdates(DbConnection connection, DbTransaction transaction) =>
        new ValuesBatch(connection, transaction, "UPDATE documents SET origin_id = v.column2 FROM (VALUES ", ") AS v WHERE documents.id = v.column1", 2, RowsPerStatement);

    public string TableExistsSql => "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name";

    public string TableCountSql => "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()";

    public string ForUpdate => " FOR UPDATE";

    public string? ExclusiveLockSql => $"SELECT pg_advisory_xact_lock({LockKey})";

    public string? SharedLockSql => $"SELECT pg_advisory_xact_lock_shared({LockKey})";

    public string ContainsIgnoringCase(string column, string parameter) => $"{column} ILIKE {parameter} ESCAPE '\\'";

    public bool IsTransient(Exception exception) => exception switch
    {
        PostgresException p => p.SqlState is "40001" or "40P01" || p.IsTransient,
        NpgsqlException n => n.IsTransient,
        _ => false,
    };

    public StoreException? Translate(Exception exception, string displayName)
    {
        var name = displayName;
        switch (exception)
        {
            case PostgresException p:
                return p.SqlState switch
                {
                    "3D000" => new StoreException(StoreErrorKind.BadConnection, $"{name}: {p.MessageText}", p),
                    "28P01" or "28000" => new StoreException(StoreErrorKind.BadConnection, $"{name}: authentication failed: {p.MessageText}", p),
                    "42501" => new StoreException(StoreErrorKind.Unwritable, $"{name}: permission denied: {p.MessageText}", p),
                    "57P01" or "57P02" or "57P03" => new StoreException(StoreErrorKind.Unreachable, $"{name}: the server is shutting down or not accepting connections ({p.MessageText})", p),
                    _ => new StoreException(StoreErrorKind.Failed, $"{name}: PostgreSQL error {p.SqlState}: {p.MessageText}", p),
                };
            case NpgsqlException n:
                var socket = FindInner<SocketException>(n);
                var reason = socket is not null ? socket.Message : StoreLocation.FirstLine(n.InnerException?.Message ?? n.Message);
                return new StoreException(StoreErrorKind.Unreachable, $"{name}: cannot reach the server ({reason})", n);
            case ArgumentException a when a.Source == "Npgsql":
                return new StoreException(StoreErrorKind.BadConnection, $"{name}: bad connection string: {StoreLocation.FirstLine(a.Message)}", a);
            case TimeoutException t:
                return new StoreException(StoreErrorKind.Unreachable, $"{name}: the server did not answer in time", t);
            default:
                return null;
        }
    }

    private static T? FindInner<T>(Exception e) where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is T found)
                return found;
        }
        return null;
    }
}
