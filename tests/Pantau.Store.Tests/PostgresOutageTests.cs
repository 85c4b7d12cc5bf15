using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;
using Pantau.Store.Ingest;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>
/// PostgreSQL going away in the middle of <c>pantau ingest</c> (the real program, a real server):
/// the ingest's connections are terminated from a second connection, once (the ingest reconnects
/// and completes) or for good (it stops with one line and exit 3). Either way no document is
/// stored without all its claims, and running the ingest again completes it with no duplicates.
/// </summary>
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    internal const int Articles = 800;

    /// <summary>Claims per record id of the generated feed, as an undisturbed ingest stores them: extracted once for both tests.</summary>
    internal static readonly Lazy<Dictionary<string, long>> Expected = new(() =>
    {
        using var folder = new TempFolder();
        var feed = Corpus.WriteGeneratedFeed(folder.PathOf("feed.jsonl"), Articles);
        return Corpus.ClaimsPerDocument(new IngestOptions(), feed).ToDictionary(p => RecordId(p.Key), p => p.Value);
    });

    [Fact]
    public async Task Connections_terminated_mid_ingest_are_reconnected_and_the_ingest_completes()
    {
        using var database = TestDatabase.Create("postgres");
        var feed = Corpus.WriteGeneratedFeed(database.Files.PathOf("feed.jsonl"), Articles);
        var expected = Expected.Value;
        using var watcher = Connect(database);

        PantauRun run;
        using (var process = PantauProcess.Start(database.Files.FullPath, ["ingest", "--db", database.Db, feed]))
        {
            var stderr = process.StandardError.ReadToEndAsync();
            await WaitForFirstBatch(watcher, process);
            Assert.True(TerminateOthers(watcher) > 0, "no connection of the ingest to terminate");
            run = await Finish(process, stderr);
        }

        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^pantau: postgres .*: the connection to the server was lost; reconnected and retrying$", run.StderrLines[0]);
        AssertConsistent(database, expected, complete: true);
    }

    /// <summary>
    /// Every stored document has exactly the claims an undisturbed ingest gives it (no half-written
    /// document, no duplicate); <paramref name="complete"/>: and every document is there, with its stories.
    /// </summary>
    internal static void AssertConsistent(TestDatabase database, Dictionary<string, long> expected, bool complete)
    {
        var actual = ClaimsPerDocument(database).ToDictionary(p => RecordId(p.Key), p => p.Value);
        using var store = database.Open(create: false);
        var counts = store.Counts();
        foreach (var (key, claims) in actual)
            Assert.True(expected.TryGetValue(key, out var want) && want == claims, $"{key}: {claims} claims stored, {want} expected");
        Assert.Equal(counts.Documents, actual.Count);
        Assert.Equal(counts.Claims, actual.Values.Sum());
        if (complete)
        {
            Assert.Equal(expected, actual);
            Assert.False(store.NeedsRebuild(), "stories were not rebuilt");
            Assert.True(counts.Stories > 0);
        }
        else
        {
            Assert.InRange(counts.Documents, 1, expected.Count);
        }
    }

    /// <summary>"/tmp/.../feed.jsonl#generated-12" → "generated-12": the record, whichever folder its feed was written to.</summary>
    private static string RecordId(string sourceKey) => sourceKey[(sourceKey.LastIndexOf('#') + 1)..];

    /// <summary>Claims per stored document, by source key, read with SQL so that a document stored without its claims shows as 0.</summary>
    private static Dictionary<string, long> ClaimsPerDocument(TestDatabase database)
    {
        using var connection = new NpgsqlConnection(database.Db);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT d.source_key, count(c.ordinal) FROM documents d LEFT JOIN claims c ON c.document_id = d.id GROUP BY d.source_key", connection);
        using var reader = command.ExecuteReader();
        var claims = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
            claims.Add(reader.GetString(0), reader.GetInt64(1));
        return claims;
    }

    internal static NpgsqlConnection Connect(TestDatabase database)
    {
        database.Open().Dispose(); // the schema, so that the watcher can count documents from the start
        var connection = new NpgsqlConnection(database.Db);
        connection.Open();
        return connection;
    }

    /// <summary>Waits until the ingest committed its first batch, then cuts: most of the ingest is still to come.</summary>
    internal static async Task WaitForFirstBatch(NpgsqlConnection watcher, Process process)
    {
        var clock = Stopwatch.StartNew();
        long documents = 0;
        while (documents == 0 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(20);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM documents", watcher);
            documents = (long)(await command.ExecuteScalarAsync())!;
        }
        Assert.False(process.HasExited, $"the ingest finished ({documents} documents) before its connection could be cut");
    }

    /// <summary>Terminates every other backend on the watcher's database: the ingest's connection.</summary>
    internal static long TerminateOthers(NpgsqlConnection watcher)
    {
        using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", watcher);
        return (long)command.ExecuteScalar()!;
    }

    internal static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    internal static async Task<PantauRun> Finish(Process process, Task<string> stderr)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the ingest still runs 2 minutes after its connection was cut; stderr:\n{await stderr}");
        }
        return new PantauRun(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>
/// The other half of <see cref="PostgresOutageTests"/>, in its own class so that xUnit runs the two
/// in parallel: the database refuses connections, as a stopped server would, while the ingest runs.
/// </summary>
public sealed class PostgresGoneTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_server_gone_for_good_mid_ingest_is_one_line_and_exit_3_and_a_second_run_completes()
    {
        using var database = TestDatabase.Create("postgres");
        var feed = Corpus.WriteGeneratedFeed(database.Files.PathOf("feed.jsonl"), PostgresOutageTests.Articles);
        var expected = PostgresOutageTests.Expected.Value;
        var name = new NpgsqlConnectionStringBuilder(database.Db).Database!;

        PantauRun run;
        using (var watcher = PostgresOutageTests.Connect(database))
        using (var process = PantauProcess.Start(database.Files.FullPath, ["ingest", "--db", database.Db, feed]))
        {
            var stderr = process.StandardError.ReadToEndAsync();
            await PostgresOutageTests.WaitForFirstBatch(watcher, process);
            // The database refuses new connections, as a stopped server would, and the ingest's connection is cut.
            PostgresOutageTests.Admin($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false");
            Assert.True(PostgresOutageTests.TerminateOthers(watcher) > 0, "no connection of the ingest to terminate");
            run = await PostgresOutageTests.Finish(process, stderr);
        }
        PostgresOutageTests.Admin($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true");

        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 3, run.ToString());
        var error = Assert.Single(run.StderrLines, line => !line.Contains("reconnected and retrying", StringComparison.Ordinal));
        Assert.Matches(@"^pantau: postgres [^:]+:\d+/\w+: lost the connection to the server and could not reconnect \(.+\)$", error);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        PostgresOutageTests.AssertConsistent(database, expected, complete: false);

        var rerun = await PantauProcess.RunAsync(database.Files.FullPath, "ingest", "--db", database.Db, feed);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        PostgresOutageTests.AssertConsistent(database, expected, complete: true);
    }
}
