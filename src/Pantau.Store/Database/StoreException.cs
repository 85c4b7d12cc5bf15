namespace Pantau.Store.Database;

/// <summary>Why the store could not do what was asked. The names are stable: tests and callers match on them.</summary>
public enum StoreErrorKind
{
    /// <summary>The file exists but is not a SQLite database, or is damaged.</summary>
    NotADatabase,

    /// <summary>A database that Pantau did not write (other tables, no Pantau metadata).</summary>
    NotPantau,

    /// <summary>Written by a newer Pantau, with a schema this one does not know.</summary>
    NewerSchema,

    /// <summary>A query on a database that does not exist yet.</summary>
    Missing,

    /// <summary>The file or its folder cannot be created or written.</summary>
    Unwritable,

    /// <summary>The connection string cannot be used: bad syntax, unknown keyword, no such host or database.</summary>
    BadConnection,

    /// <summary>The server could not be reached, refused us, or went away.</summary>
    Unreachable,

    /// <summary>Any other failure reported by the database.</summary>
    Failed,
}

/// <summary>
/// A database problem, said in one line without the "pantau: " prefix: "pantau.db: written by a
/// newer Pantau (schema 5; this Pantau knows up to 2)". Everything the store throws on bad
/// databases, connection strings or servers is one of these; nothing else escapes to the user.
/// </summary>
public sealed class StoreException(StoreErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public StoreErrorKind Kind { get; } = kind;
}
