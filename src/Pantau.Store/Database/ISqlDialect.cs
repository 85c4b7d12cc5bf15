using System.Data.Common;

namespace Pantau.Store.Database;

/// <summary>
/// What differs between SQLite and PostgreSQL: opening a connection, the few statements that are
/// not standard SQL, and turning driver exceptions into one-line <see cref="StoreException"/>s.
/// Everything else (the schema's shape, every query) is shared by <see cref="ClaimStore"/>.
/// </summary>
internal interface ISqlDialect
{
    StoreKind Kind { get; }

    /// <summary>The folder of this dialect's migration scripts ("sqlite", "postgres").</summary>
    string MigrationFolder { get; }

    /// <summary>Opens and configures a connection. <paramref name="create"/>: a missing database may be created.</summary>
    DbConnection Open(bool create);

    /// <summary>Rows per INSERT statement when writing many (see <see cref="ValuesBatch"/>).</summary>
    int RowsPerStatement { get; }

    /// <summary>A writer of many rows into <paramref name="table"/>, the fastest way this database has; <paramref name="parent"/> as in <see cref="IRowWriter"/>.</summary>
    IRowWriter InsertRows(DbConnection connection, DbTransaction transaction, RowTable table, IRowWriter? parent = null);

    /// <summary>Runs a query and reads its rows the fastest way this database has.</summary>
    IRowReader ReadRows(DbCommand query);

    /// <summary>A writer of (document id, origin id) rows that set <c>documents.origin_id</c>.</summary>
    IRowWriter OriginUpdates(DbConnection connection, DbTransaction transaction);

    /// <summary>A scalar query giving 1 when table <c>@name</c> exists, else 0.</summary>
    string TableExistsSql { get; }

    /// <summary>A scalar query giving the number of user tables.</summary>
    string TableCountSql { get; }

    /// <summary>Appended to a SELECT to lock the rows it reads until the transaction ends ("" where transactions already exclude each other).</summary>
    string ForUpdate { get; }

    /// <summary>
    /// Run first in a transaction that rebuilds derived tables or migrates, so that two processes
    /// never do it at once; null where a write transaction already excludes all other writers.
    /// </summary>
    string? ExclusiveLockSql { get; }

    /// <summary>
    /// Run first in a transaction that writes documents: it waits while a rebuild holds
    /// <see cref="ExclusiveLockSql"/>, so no claim a rebuild has read is deleted under it (its
    /// story memberships would then reference a claim that is gone); null where a write
    /// transaction already excludes all other writers.
    /// </summary>
    string? SharedLockSql { get; }

    /// <summary>A condition: <paramref name="column"/> contains the LIKE pattern in <paramref name="parameter"/>, ignoring case.</summary>
    string ContainsIgnoringCase(string column, string parameter);

    /// <summary>Whether trying the same transaction again may succeed (a deadlock, a busy file, a dropped connection).</summary>
    bool IsTransient(Exception exception);

    /// <summary>The one line to show for a driver exception, or null when it is not the driver's.</summary>
    StoreException? Translate(Exception exception, string displayName);
}
