using System.Runtime.InteropServices;

namespace Pantau.Store.Database;

/// <summary>
/// The few e_sqlite3 functions that write and read rows, imported straight from the library SQLitePCLRaw
/// loads, on a statement's native pointer. SQLitePCLRaw's imports take the statement as a
/// <see cref="SafeHandle"/>, which adds and releases a reference on every call, and make a full
/// transition out of managed code: with some 300 values bound per article, that was a tenth of the
/// ingest's writer thread, and more than SQLite itself when a story rebuild reads the claims back.
/// Binding, resetting and reading a column are short, never block and never call back into managed
/// code, so they skip the transition; stepping may wait for a lock or read and write the disk, so
/// it keeps it.
/// </summary>
internal static class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the value before the call returns.</summary>
    public static readonly nint Transient = -1;

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_null(nint statement, int index);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_int64(nint statement, int index, long value);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_double(nint statement, int index, double value);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_text(nint statement, int index, ref byte utf8, int length, nint destructor);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_reset(nint statement);

    [DllImport(Library, ExactSpelling = true)]
    public static extern int sqlite3_step(nint statement);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_column_type(nint statement, int column);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern long sqlite3_column_int64(nint statement, int column);

    /// <summary>The value as UTF-8 text, converted by SQLite if it is a number; valid until the statement moves on.</summary>
    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern nint sqlite3_column_text(nint statement, int column);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_column_bytes(nint statement, int column);
}
