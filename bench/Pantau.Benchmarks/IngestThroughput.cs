using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Pantau.Pipeline;
using Pantau.Sources;
using Pantau.Store;
using Pantau.Store.Database;
using Pantau.Store.Ingest;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>--ingest</c>: <c>pantau ingest</c>'s throughput. Writes a feed of <c>--articles N</c> (default
/// 20,000) JSON Lines articles made from the English and Indonesian dev texts (<see cref="Corpus.Extractable"/>),
/// each with its own id, headline and date, language and date given as a feed would give them, then
/// ingests it into a new SQLite file and, when <c>--pg CONNECTION</c> or <c>PANTAU_TEST_POSTGRES</c>
/// names a server, into a new PostgreSQL database on it (dropped afterwards). Prints articles/s for
/// the whole ingest (read, extract on all cores, write, syndication and stories), the story rebuild
/// alone (a whole one), a second ingest of <see cref="FollowUpArticles"/> new articles (its update of
/// stories is incremental: the case of an ingest into a database that already holds a lot), and the
/// peak working set. Exits with 1 when an ingest stores a different number of claims
/// than the other.
/// </summary>
internal static class IngestThroughput
{
    /// <summary>
    /// Articles of the second, small ingest into the full database: a feed's next delivery. Each is
    /// a copy of a different dev text; five touch about a tenth of the story keys (every key of this
    /// feed holds hundreds of reprints, so twenty would already touch half the claims).
    /// </summary>
    private const int FollowUpArticles = 5;

    public static int Run(string[] args)
    {
#if DEBUG
        Console.WriteLine("warning: Debug build; run with -c Release for figures worth quoting");
#endif
        int count = Option(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000;
        var pg = Option(args, "--pg") ?? Environment.GetEnvironmentVariable("PANTAU_TEST_POSTGRES");
        var folder = Directory.CreateTempSubdirectory("pantau-ingest-bench-").FullName;
        try
        {
            var feed = Path.Combine(folder, "feed.jsonl");
            long bytes = WriteFeed(feed, count);
            var followUp = Path.Combine(folder, "follow-up.jsonl");
            WriteFeed(followUp, FollowUpArticles, first: count);
            Console.WriteLine($"runtime: .NET {Environment.Version}, {Environment.ProcessorCount} logical cores");
            Console.WriteLine($"feed: {count} articles from the {Corpus.Extractable.Documents.Count} en/id dev texts, {bytes / Corpus.BytesPerMegabyte:F1} MB");
            var extractor = Extractor.CreateDefault();
            // Load the lexicons once so that neither database pays for it.
            foreach (var document in Corpus.Extractable.Documents.Take(2))
                extractor.Extract(document.ToArticle(document.File));

            var sqlite = Measure("sqlite", extractor, StoreLocation.Parse(Path.Combine(folder, "bench.db")), feed, count, followUp);
            if (pg is null)
            {
                Console.WriteLine("postgres: skipped (give --pg CONNECTION or set PANTAU_TEST_POSTGRES)");
                return 0;
            }
            var name = $"pantau_bench_{Guid.NewGuid():N}";
            Admin(pg, $"CREATE DATABASE {name}");
            try
            {
                var location = StoreLocation.Parse(new NpgsqlConnectionStringBuilder(pg) { Database = name }.ConnectionString);
                var postgres = Measure("postgres", extractor, location, feed, count, followUp);
                if (postgres != sqlite)
                {
                    Console.WriteLine($"error: SQLite stored {sqlite} claims, PostgreSQL {postgres}");
                    return 1;
                }
            }
            finally
            {
                Admin(pg, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long Measure(string name, Extractor extractor, StoreLocation location, string feed, int count, string followUp)
    {
        using var store = ClaimStore.Open(location);
        var pipeline = new IngestPipeline(extractor, new DocumentSource(new SourceOptions()), store, new IngestOptions());
        // CPU seconds of the whole process beside wall-clock ones: the machine is shared, and CPU time moves less with the load.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var summary = pipeline.Run([feed], line => Console.WriteLine("  " + line));
        var elapsed = clock.Elapsed.TotalSeconds;
        var ingestCpu = CpuSince(process, ref cpu);
        clock.Restart();
        var rebuilt = store.RebuildStories();
        var rebuild = clock.Elapsed.TotalSeconds;
        var rebuildCpu = CpuSince(process, ref cpu);
        var counts = store.Counts();
        if (summary.New != count)
            throw new InvalidOperationException($"{name}: {summary.New} articles stored, {count} expected");
        if (summary.Stories != rebuilt)
            throw new InvalidOperationException($"{name}: the ingest gave {summary.Stories}, a whole rebuild {rebuilt}");
        clock.Restart();
        var next = pipeline.Run([followUp], line => Console.WriteLine("  " + line));
        var followUpElapsed = clock.Elapsed.TotalSeconds;
        var followUpCpu = CpuSince(process, ref cpu);
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {summary.New} articles in {elapsed:F1} s (cpu {ingestCpu:F1} s) = {count / elapsed:F0} articles/s; {counts.Claims} claims, {rebuilt.Stories} stories, {rebuilt.Origins} origins; " +
            $"story rebuild alone {rebuild:F2} s (cpu {rebuildCpu:F2} s); {next.New} more articles in {followUpElapsed:F2} s (cpu {followUpCpu:F2} s); " +
            $"peak working set {process.PeakWorkingSet64 / 1_000_000} MB"));
        return counts.Claims;
    }

    private static double CpuSince(Process process, ref TimeSpan cpu)
    {
        process.Refresh();
        var now = process.TotalProcessorTime;
        var seconds = (now - cpu).TotalSeconds;
        cpu = now;
        return seconds;
    }

    /// <summary>Articles <paramref name="first"/>, <paramref name="first"/> + 1 ...: the dev texts in turn; each copy gets its own id, headline line and a date shifted by its round.</summary>
    private static long WriteFeed(string path, int count, int first = 0)
    {
        var texts = Corpus.Extractable.Documents;
        using (var writer = new StreamWriter(path))
        {
            for (int i = first; i < first + count; i++)
            {
                var text = texts[i % texts.Count];
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = $"bench-{i}",
                    title = $"Wire report {i}",
                    text = $"Edition {i}: wire report\n\n{text.Text}",
                    lang = text.Language,
                    date = text.Date.AddDays(i / texts.Count % 60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
            }
        }
        return new FileInfo(path).Length;
    }

    private static void Admin(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
