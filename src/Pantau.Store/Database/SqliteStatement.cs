using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pantau.Store.Database;

/// <summary>
/// A statement prepared on a SQLite connection, holding a reference on its handle so that the
/// native pointer <see cref="SqliteNative"/> takes stays valid until it is disposed.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    public SqliteStatement(SqliteConnection? connection, string sql)
    {
        Database = connection?.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        int rc = raw.sqlite3_prepare_v2(Database, sql, out var handle);
        Handle = handle;
        Check(rc, raw.SQLITE_OK);
        bool added = false;
        Handle.DangerousAddRef(ref added);
        Native = Handle.DangerousGetHandle();
    }

    public sqlite3 Database { get; }

    /// <summary>For SQLitePCLRaw's functions, where a call is rare.</summary>
    public sqlite3_stmt Handle { get; }

    public nint Native { get; }

    /// <summary>Throws SQLite's error for <paramref name="rc"/> unless it is <paramref name="expected"/>.</summary>
    public void Check(int rc, int expected)
    {
        if (rc != expected)
            SqliteException.ThrowExceptionForRC(rc, Database);
    }

    public void Dispose()
    {
        Handle.DangerousRelease();
        Handle.Dispose();
    }
}
