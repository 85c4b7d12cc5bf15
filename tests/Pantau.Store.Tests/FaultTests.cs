using System.Diagnostics;
using Npgsql;
using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>The real program under kill -9, concurrent ingests and bad databases.</summary>
public sealed class FaultTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Kill_9_in_the_middle_of_an_ingest_leaves_a_consistent_database_that_a_second_run_completes(string kind)
    {
        const int articles = 3000;
        using var database = TestDatabase.Create(kind);
        var feed = Corpus.WriteGeneratedFeed(database.Files.PathOf("feed.jsonl"), articles);

        using (var process = PantauProcess.Start(database.Files.FullPath, ["ingest", "--db", database.Db, feed]))
        {
            _ = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            long written = 0;
            while (written < 400 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
                written = Documents(database);
            }
            Assert.False(process.HasExited, $"the ingest finished ({written} documents) before it could be killed");
            process.Kill(); // SIGKILL on Unix
            await process.WaitForExitAsync();
        }

        using (var store = database.Open(create: false))
        {
            var counts = store.Counts();
            Assert.InRange(counts.Documents, 400, articles - 1);
            Assert.Equal(counts.Claims, store.Claims(ClaimFilter.All).LongCount());
            Assert.True(store.NeedsRebuild(), "the killed ingest cannot have rebuilt the stories of documents it saved last");
        }

        var rerun = await PantauProcess.RunAsync(database.Files.FullPath, "ingest", "--db", database.Db, feed);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());

        using var reference = TestDatabase.Create("sqlite");
        using var expected = reference.Open();
        Corpus.Ingest(expected, feed);
        using var completed = database.Open(create: false);
        Assert.Equal(expected.Counts(), completed.Counts());
        Assert.False(completed.NeedsRebuild());
        var keys = completed.Claims(ClaimFilter.All).Select(c => c.Document.SourceKey).Distinct().Count();
        Assert.Equal(expected.Claims(ClaimFilter.All).Select(c => c.Document.SourceKey).Distinct().Count(), keys);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Two_ingests_at_once_into_one_database_store_each_document_once(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var feed = Corpus.WriteGeneratedFeed(database.Files.PathOf("feed.jsonl"), 1000);
        database.Open().Dispose(); // both processes then find the schema in place

        var runs = await Task.WhenAll(
            PantauProcess.RunAsync(database.Files.FullPath, "ingest", "--db", database.Db, feed),
            PantauProcess.RunAsync(database.Files.FullPath, "ingest", "--db", database.Db, feed));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        using var reference = TestDatabase.Create("sqlite");
        using var expected = reference.Open();
        Corpus.Ingest(expected, feed);
        using var store = database.Open(create: false);
        Assert.Equal(expected.Counts(), store.Counts());
    }

    [Fact]
    public async Task On_PostgreSQL_documents_are_not_replaced_while_a_rebuild_runs()
    {
        // A rebuild reads claims and then writes story memberships that reference them: a batch that
        // replaced a document in between would delete claims the rebuild is about to reference.
        using var database = TestDatabase.Create("postgres");
        var feed = Corpus.WriteGeneratedFeed(database.Files.PathOf("feed.jsonl"), 30);
        using var store = database.Open();
        Corpus.Ingest(store, feed);
        // The same feed with every text revised: each record replaces its document.
        File.WriteAllText(feed, File.ReadAllText(feed).Replace("\"text\":\"Edition ", "\"text\":\"Revised edition ", StringComparison.Ordinal));
        var before = ContentHashes(database);

        using var rebuild = new NpgsqlConnection(database.Db);
        rebuild.Open();
        using var transaction = rebuild.BeginTransaction();
        using (var command = new NpgsqlCommand(new Store.Database.PostgresDialect(database.Location).ExclusiveLockSql, rebuild, transaction))
            command.ExecuteNonQuery();
        var ingest = Task.Run(() => Corpus.Ingest(store, feed));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(ingest.IsCompleted, "the ingest ended while a rebuild held the lock");
        Assert.Equal(before, ContentHashes(database));

        transaction.Commit();
        var summary = await ingest;
        Assert.Equal(30, summary.Replaced);
        Assert.NotEqual(before, ContentHashes(database));
    }

    private static string ContentHashes(TestDatabase database)
    {
        using var connection = new NpgsqlConnection(database.Db);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT string_agg(content_hash, ',' ORDER BY id) FROM documents", connection);
        return (string)command.ExecuteScalar()!;
    }

    [Theory]
    [InlineData("claims")]
    [InlineData("ingest")]
    public async Task A_file_that_is_not_a_database_is_one_line_and_exit_3(string command)
    {
        using var folder = new TempFolder();
        folder.Write("pantau.db", "not a database at all\n" + new string('x', 5000));
        folder.Write("news/seed.txt", File.ReadAllText(Corpus.Seed));

        var run = await PantauProcess.RunAsync(folder.FullPath, command == "ingest" ? ["ingest", "news"] : ["claims"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(["pantau: pantau.db: not a SQLite database (or a damaged one)"], run.StderrLines);
    }

    [Fact]
    public async Task A_newer_schema_is_one_line_and_exit_3()
    {
        using var database = TestDatabase.Create("sqlite");
        database.Open().Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.Db};Pooling=False"))
        {
            connection.Open();
            using var update = new Microsoft.Data.Sqlite.SqliteCommand("UPDATE pantau_meta SET value = '5' WHERE key = 'schema_version'", connection);
            update.ExecuteNonQuery();
        }

        var run = await PantauProcess.RunAsync(database.Files.FullPath, "stories", "--db", "pantau.db");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal([$"pantau: pantau.db: written by a newer Pantau (schema 5; this Pantau knows up to {Schema.Migrator.LatestVersion})"], run.StderrLines);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_and_exit_3()
    {
        using var folder = new TempFolder();
        folder.Write("news/seed.txt", File.ReadAllText(Corpus.Seed));

        var run = await PantauProcess.RunAsync(folder.FullPath, "ingest", "--db", "Host=127.0.0.1;Port=1;Database=pantau;Timeout=2", "news");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("pantau: postgres 127.0.0.1:1/pantau: cannot reach the server", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_folder_is_one_line_and_exit_3()
    {
        using var folder = new TempFolder();
        folder.Write("news/seed.txt", File.ReadAllText(Corpus.Seed));

        var run = await PantauProcess.RunAsync(folder.FullPath, "ingest", "--db", "/proc/pantau.db", "news");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("pantau: /proc/pantau.db: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest", "  3 database error")]
    [InlineData("claims", "  3 database error (one line)")]
    [InlineData("story", "  1 no story with that id")]
    public async Task Help_ends_with_the_exit_statuses(string command, string line)
    {
        using var folder = new TempFolder();

        var run = await PantauProcess.RunAsync(folder.FullPath, command, "--help");

        Assert.True(run.ExitCode == 0 && run.Stderr.Length == 0, run.ToString());
        var lines = run.Stdout.ReplaceLineEndings("\n").Split('\n');
        var statuses = Array.IndexOf(lines, "Exit status:");
        Assert.True(statuses > 0, run.ToString());
        Assert.Contains(lines[statuses..], l => l.StartsWith(line, StringComparison.Ordinal));
    }

    private static long Documents(TestDatabase database)
    {
        try
        {
            using var store = database.Open(create: false);
            return store.Counts().Documents;
        }
        catch (Store.Database.StoreException)
        {
            return 0; // not created yet
        }
    }
}
