using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Pantau.Store.Database;

/// <summary>
/// SQLite: one file, WAL journal (readers never block the writer), a 30 s busy timeout so that a
/// second writer waits instead of failing, foreign keys on. Write transactions are
/// <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), so writers are serialised whole.
/// </summary>
internal sealed class SqliteDialect(StoreLocation location) : ISqlDialect
{
    private const int BusyTimeoutMs = 30_000;

    public StoreKind Kind => StoreKind.Sqlite;

    public string MigrationFolder => "sqlite";

    public DbConnection Open(bool create)
    {
        var path = location.ConnectionString;
        if (!create && !File.Exists(path))
            throw new StoreException(StoreErrorKind.Missing, $"{location.DisplayName}: no such database; 'pantau ingest --db {location.DisplayName} ...' creates it");
        if (Directory.Exists(path))
            throw new StoreException(StoreErrorKind.NotADatabase, $"{location.DisplayName}: is a folder, not a database file");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
            throw new StoreException(StoreErrorKind.Unwritable, $"{location.DisplayName}: folder {folder} does not exist");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // journal_mode is the first statement that reads the file: a non-database fails here.
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            command.ExecuteNonQuery();
            // SQLite's lower() folds ASCII only: "SCORPÈNE" must find "Scorpène" as PostgreSQL's ILIKE does.
            connection.CreateFunction<string?, string?>(FoldFunction, text => text?.ToLowerInvariant(), isDeterministic: true);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int RowsPerStatement => 1;

    public IRowWriter InsertRows(DbConnection connection, DbTransaction transaction, RowTable table, IRowWriter? parent = null) =>
        SqliteRows.Insert((SqliteConnection)connection, table);

    public IRowReader ReadRows(DbCommand query) => new SqliteRowReader((SqliteCommand)query);

    public IRowWriter OriginUpdates(DbConnection connection, DbTransaction transaction) =>
        new SqliteRows((SqliteConnection)connection, "UPDATE documents SET origin_id = ?2 WHERE id = ?1");

    public string TableExistsSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public string TableCountSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    public string ForUpdate => "";

    public string? ExclusiveLockSql => null;

    public string? SharedLockSql => null;

    /// <remarks>SQLite's lower() and LIKE fold ASCII letters only: both sides go through .NET's invariant lower-casing instead.</remarks>
    public string ContainsIgnoringCase(string column, string parameter) => $"{FoldFunction}({column}) LIKE {FoldFunction}({parameter}) ESCAPE '\\'";

    /// <summary>A function each connection gets: the text lower-cased by .NET's invariant culture, every script.</summary>
    private const string FoldFunction = "pantau_fold";

    public bool IsTransient(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    public StoreException? Translate(Exception exception, string displayName)
    {
        if (exception is not SqliteException e)
            return null;
        var name = displayName;
        return e.SqliteErrorCode switch
        {
            26 => new StoreException(StoreErrorKind.NotADatabase, $"{name}: not a SQLite database (or a damaged one)", e),
            11 => new StoreException(StoreErrorKind.NotADatabase, $"{name}: the database file is damaged (SQLite: {Reason(e)})", e),
            14 => new StoreException(StoreErrorKind.Unwritable, $"{name}: cannot open or create the database file (is its folder writable?)", e),
            8 => new StoreException(StoreErrorKind.Unwritable, $"{name}: the database or its folder is read-only", e),
            10 => new StoreException(StoreErrorKind.Unwritable, $"{name}: disk I/O error ({Reason(e)})", e),
            13 => new StoreException(StoreErrorKind.Unwritable, $"{name}: the disk is full", e),
            5 or 6 => new StoreException(StoreErrorKind.Failed, $"{name}: the database stayed locked by another process for {BusyTimeoutMs / 1000} s", e),
            _ => new StoreException(StoreErrorKind.Failed, $"{name}: SQLite error: {Reason(e)}", e),
        };
    }

    private static string Reason(SqliteException e) => StoreLocation.FirstLine(e.Message).Replace("SQLite Error ", "", StringComparison.Ordinal);
}
