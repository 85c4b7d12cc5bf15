using System.Data;
using System.Data.Common;
using Pantau.Store.Model;
using Pantau.Store.Schema;
using Pantau.Store.Stories;

namespace Pantau.Store.Database;

/// <summary>
/// <see cref="IClaimStore"/> over one connection, for both databases: the SQL is shared, and
/// what differs lives in the <see cref="ISqlDialect"/>. Driver exceptions become
/// <see cref="StoreException"/>s here, at the boundary.
/// </summary>
public sealed class ClaimStore : IClaimStore
{
    /// <summary>A batch that meets a deadlock, a busy file or a dropped connection is tried again this many times.</summary>
    private const int Retries = 3;

    private readonly ISqlDialect _dialect;
    private DbConnection _connection;

    private ClaimStore(StoreLocation location, ISqlDialect dialect, DbConnection connection)
    {
        Location = location;
        _dialect = dialect;
        _connection = connection;
    }

    public StoreLocation Location { get; }

    /// <summary>Gets a line for the user when a lost connection was opened again and a transaction is retried.</summary>
    public Action<string>? Notices { get; set; }

    /// <summary>
    /// Opens the database at <paramref name="location"/> and brings its schema up to date.
    /// <paramref name="create"/>: a missing SQLite file or an empty PostgreSQL database becomes a
    /// new Pantau database (ingest); otherwise it is an error (queries).
    /// </summary>
    public static ClaimStore Open(StoreLocation location, bool create = true) => Open(location, create, targetVersion: null);

    /// <summary>Opens without migrating past <paramref name="targetVersion"/>: for tests of upgrades.</summary>
    internal static ClaimStore Open(StoreLocation location, bool create, int? targetVersion)
    {
        ISqlDialect dialect = location.Kind == StoreKind.Sqlite ? new SqliteDialect(location) : new PostgresDialect(location);
        DbConnection? connection = null;
        try
        {
            connection = dialect.Open(create);
            Migrator.Migrate(connection, dialect, location.DisplayName, create, targetVersion);
            return new ClaimStore(location, dialect, connection);
        }
        catch (Exception e) when (e is not StoreException && dialect.Translate(e, location.DisplayName) is { } translated)
        {
            connection?.Dispose();
            throw translated;
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    public IReadOnlyDictionary<string, string> ContentHashes() => WithRetry(() =>
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = _connection.Command(null, "SELECT source_key, content_hash FROM documents");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            hashes[reader.GetString(0)] = reader.GetString(1);
        return hashes;
    });

    public BatchResult SaveBatch(IReadOnlyList<DocumentRecord> documents) =>
        WithRetry(() => new DocumentWriter(_connection, _dialect).Save(documents, DateTime.UtcNow));

    public StoryRules Rules => WithRetry(() => StoryRules.FromMeta(ReadMeta()));

    public void SetRules(StoryRules rules) => WithRetry(() =>
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var (key, value) in rules.ToMeta())
        {
            using (var delete = _connection.Command(transaction, "DELETE FROM pantau_meta WHERE key = @key").With("@key", key))
                delete.ExecuteNonQuery();
            using var insert = _connection.Command(transaction, "INSERT INTO pantau_meta (key, value) VALUES (@key, @value)")
                .With("@key", key).With("@value", value);
            insert.ExecuteNonQuery();
        }
        // Stories built under the old rules are stale: the next rebuild, whole or incremental, redoes every key.
        _connection.Execute(transaction, "INSERT INTO stale_story_keys (type, actor, recipient, item) SELECT DISTINCT type, actor, recipient, item FROM claims");
        transaction.Commit();
        return 0;
    });

    public RebuildResult RebuildStories() => Rebuild(incremental: false);

    public RebuildResult UpdateStories() => Rebuild(incremental: true);

    private RebuildResult Rebuild(bool incremental) =>
        WithRetry(() => new StoryRebuilder(_connection, _dialect).Rebuild(StoryRules.FromMeta(ReadMeta()), incremental));

    /// <remarks>New and replaced documents have no origin until the rebuild gives them one.</remarks>
    public bool NeedsRebuild() => WithRetry(() =>
    {
        using var command = _connection.Command(null, "SELECT count(*) FROM (SELECT 1 FROM documents WHERE origin_id IS NULL LIMIT 1) AS pending");
        return command.Count() > 0;
    });

    public IEnumerable<StoredClaim> Claims(ClaimFilter filter)
    {
        using var claims = Guard(() => new ClaimReader(_connection, _dialect).Claims(filter).GetEnumerator());
        while (Guard(claims.MoveNext))
            yield return claims.Current;
    }

    public IReadOnlyList<StorySummary> Stories(ClaimFilter filter) => Guard(() => new ClaimReader(_connection, _dialect).Stories(filter));

    public StoryDetail? Story(long id)
    {
        var summary = Stories(new ClaimFilter { StoryId = id }).SingleOrDefault();
        return summary is null ? null : new StoryDetail(summary, Claims(new ClaimFilter { StoryId = id }).ToList());
    }

    public StoreCounts Counts() => Guard(() => new ClaimReader(_connection, _dialect).Counts());

    public void Dispose() => _connection.Dispose();

    private Dictionary<string, string> ReadMeta()
    {
        var meta = new Dictionary<string, string>();
        using var command = _connection.Command(null, "SELECT key, value FROM pantau_meta");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }

    /// <summary>
    /// Runs a whole transaction, again after a transient failure. A connection that broke (the
    /// server restarted, an administrator ended it) is opened again first, and <see cref="Notices"/>
    /// hears of it; when it cannot be, or the failures go on, the last one is the error.
    /// </summary>
    private T WithRetry<T>(Func<T> transaction)
    {
        bool reconnecting = false;
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                if (_connection.State != ConnectionState.Open)
                {
                    reconnecting = true;
                    Reconnect();
                    reconnecting = false;
                    Notices?.Invoke($"{Location.DisplayName}: the connection to the server was lost; reconnected and retrying");
                }
                return transaction();
            }
            catch (Exception e) when (attempt < Retries && _dialect.IsTransient(e))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(500 << attempt));
            }
            catch (Exception e) when (e is not StoreException && _connection.State != ConnectionState.Open)
            {
                var message = reconnecting
                    ? $"{Location.DisplayName}: lost the connection to the server and could not reconnect ({Reason(e)})"
                    : $"{Location.DisplayName}: lost the connection to the server ({Reason(e)})";
                throw new StoreException(StoreErrorKind.Unreachable, message, e);
            }
            catch (Exception e) when (e is not StoreException && _dialect.Translate(e, Location.DisplayName) is { } translated)
            {
                throw translated;
            }
        }
    }

    /// <summary>Why the driver failed, without the database's name in front.</summary>
    private string Reason(Exception e)
    {
        var prefix = Location.DisplayName + ": ";
        var message = e is StoreException ? e.Message : _dialect.Translate(e, Location.DisplayName)?.Message ?? StoreLocation.FirstLine(e.Message);
        var reason = message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
        // "cannot reach the server (Connection refused)" inside "could not reconnect (...)": just the cause.
        const string unreachable = "cannot reach the server (";
        return reason.StartsWith(unreachable, StringComparison.Ordinal) && reason.EndsWith(')') ? reason[unreachable.Length..^1] : reason;
    }

    /// <summary>Replaces the broken connection with a new one, or throws the driver's exception (the broken one stays).</summary>
    private void Reconnect()
    {
        var connection = _dialect.Open(create: false);
        _connection.Dispose();
        _connection = connection;
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not StoreException && _dialect.Translate(e, Location.DisplayName) is { } translated)
        {
            throw translated;
        }
        catch (InvalidOperationException e) when (_connection.State != ConnectionState.Open)
        {
            throw new StoreException(StoreErrorKind.Unreachable, $"{Location.DisplayName}: lost the connection to the server", e);
        }
    }
}
