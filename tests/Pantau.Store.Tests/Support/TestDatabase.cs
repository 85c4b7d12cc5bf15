using Npgsql;
using Pantau.Store.Database;

namespace Pantau.Store.Tests.Support;

/// <summary>
/// A fresh, empty database of one kind for one test: a SQLite file in a temporary folder, or a
/// new database on the test run's PostgreSQL server (<see cref="PostgresServer"/>), dropped afterwards.
/// Tests take the kind as a theory parameter, so every store test runs against both.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The kinds every store test runs on.</summary>
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    /// <summary>What <c>--db</c> takes.</summary>
    public abstract string Db { get; }

    public StoreLocation Location => StoreLocation.Parse(Db);

    /// <summary>A folder for the test's own files (inputs), deleted afterwards.</summary>
    public TempFolder Files { get; } = new();

    public static TestDatabase Create(string kind) => kind switch
    {
        "sqlite" => new SqliteTestDatabase(),
        "postgres" => new PostgresTestDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite or postgres"),
    };

    public ClaimStore Open(bool create = true) => ClaimStore.Open(Location, create);

    public virtual void Dispose()
    {
        Files.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class SqliteTestDatabase : TestDatabase
    {
        public override string Db => Files.PathOf("pantau.db");
    }

    private sealed class PostgresTestDatabase : TestDatabase
    {
        private readonly string _admin;
        private readonly string _name = $"pantau_test_{Guid.NewGuid():N}";

        public PostgresTestDatabase()
        {
            _admin = PostgresServer.ConnectionString;
            using var connection = new NpgsqlConnection(_admin);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            command.ExecuteNonQuery();
            Db = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Pooling = false }.ConnectionString;
        }

        public override string Db { get; }

        public override void Dispose()
        {
            using (var connection = new NpgsqlConnection(_admin))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
                command.ExecuteNonQuery();
            }
            base.Dispose();
        }
    }
}
