using Microsoft.Data.Sqlite;
using Npgsql;
using Pantau.Store.Database;
using Pantau.Store.Model;
using Pantau.Store.Schema;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>Versioned schema: upgrades, newer and foreign databases, bad locations.</summary>
public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void An_older_database_is_upgraded_on_open_and_keeps_its_documents(string kind)
    {
        using var database = TestDatabase.Create(kind);
        using (var old = ClaimStore.Open(database.Location, create: true, targetVersion: 1))
        {
            var document = new DocumentRecord
            {
                SourceKey = "seed", ContentHash = "h", Language = "id", Published = new DateOnly(2025, 2, 11),
                Claims = [new ClaimRow { Type = "transfer", Actor = "PRK", Recipient = "RUS", Item = "artillery", Modality = "asserted", Rule = "transfer.give", Quote = "Korea Utara Beri Rusia 200 Senjata Artileri" }],
            };
            Assert.Equal(new BatchResult(1, 0, 0, 1), old.SaveBatch([document]));
        }
        Assert.Equal("1", ReadMeta(database, "schema_version"));

        using var store = database.Open(create: false);

        Assert.Equal(Migrator.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), ReadMeta(database, "schema_version"));
        Assert.Equal(1, store.Counts().Documents);
        Assert.True(store.NeedsRebuild());
        store.RebuildStories();
        Assert.NotEmpty(store.Stories(ClaimFilter.All));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void A_database_from_a_newer_Pantau_is_refused_with_both_versions(string kind)
    {
        using var database = TestDatabase.Create(kind);
        database.Open().Dispose();
        Execute(database, "UPDATE pantau_meta SET value = '5' WHERE key = 'schema_version'");

        var e = Assert.Throws<StoreException>(() => database.Open());

        Assert.Equal(StoreErrorKind.NewerSchema, e.Kind);
        Assert.EndsWith($": written by a newer Pantau (schema 5; this Pantau knows up to {Migrator.LatestVersion})", e.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void A_database_with_other_tables_is_not_taken_over(string kind)
    {
        using var database = TestDatabase.Create(kind);
        if (kind == "sqlite")
        {
            using var connection = new SqliteConnection($"Data Source={database.Db};Pooling=False");
            connection.Open();
            using var command = new SqliteCommand("CREATE TABLE invoices (id INTEGER)", connection);
            command.ExecuteNonQuery();
        }
        else
        {
            Execute(database, "CREATE TABLE invoices (id INTEGER)");
        }

        var e = Assert.Throws<StoreException>(() => database.Open());

        Assert.Equal(StoreErrorKind.NotPantau, e.Kind);
        Assert.Contains("not a Pantau database", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_SQLite_is_reported_as_such()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.db", string.Concat(Enumerable.Repeat("these are my notes, not a database\n", 200)));

        var e = Assert.Throws<StoreException>(() => ClaimStore.Open(StoreLocation.Parse(path)));

        Assert.Equal(StoreErrorKind.NotADatabase, e.Kind);
        Assert.Equal($"{path}: not a SQLite database (or a damaged one)", e.Message);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_reported()
    {
        // /proc refuses new files even to root, unlike a chmod'ed folder.
        var e = Assert.Throws<StoreException>(() => ClaimStore.Open(StoreLocation.Parse("/proc/pantau.db")));

        Assert.Equal(StoreErrorKind.Unwritable, e.Kind);
        Assert.StartsWith("/proc/pantau.db: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_do_not_create_a_missing_database()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("none.db");

        var e = Assert.Throws<StoreException>(() => ClaimStore.Open(StoreLocation.Parse(path), create: false));

        Assert.Equal(StoreErrorKind.Missing, e.Kind);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=pantau;Timeout=2", StoreErrorKind.Unreachable, "cannot reach the server")]
    [InlineData("Host=127.0.0.1;Colour=blue", StoreErrorKind.BadConnection, "bad PostgreSQL connection string")]
    [InlineData("postgres://user@127.0.0.1:1/pantau?Timeout=2", StoreErrorKind.Unreachable, "cannot reach the server")]
    public void A_wrong_connection_string_is_one_clear_error(string db, StoreErrorKind kind, string message)
    {
        var e = Assert.Throws<StoreException>(() => ClaimStore.Open(StoreLocation.Parse(db)));

        Assert.Equal(kind, e.Kind);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_postgres_url_is_read_as_postgres()
    {
        var location = StoreLocation.Parse("postgresql://ana:s3cret@db.example:5433/news?Timeout=3");

        Assert.Equal(StoreKind.Postgres, location.Kind);
        Assert.Equal("postgres db.example:5433/news", location.DisplayName);
        Assert.Contains("Password=s3cret", location.ConnectionString, StringComparison.Ordinal);
        Assert.Equal(StoreKind.Sqlite, StoreLocation.Parse("data/pantau.db").Kind);
    }

    private static string ReadMeta(TestDatabase database, string key)
    {
        using var store = database.Location.Kind == StoreKind.Sqlite
            ? (System.Data.Common.DbConnection)new SqliteConnection($"Data Source={database.Db};Pooling=False")
            : new NpgsqlConnection(database.Db);
        store.Open();
        using var command = store.CreateCommand();
        command.CommandText = $"SELECT value FROM pantau_meta WHERE key = '{key}'";
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(TestDatabase database, string sql)
    {
        using var connection = database.Location.Kind == StoreKind.Sqlite
            ? (System.Data.Common.DbConnection)new SqliteConnection($"Data Source={database.Db};Pooling=False")
            : new NpgsqlConnection(database.Db);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
