using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Pantau.Pipeline;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>--throughput</c>: a quick measurement without BenchmarkDotNet. Extracts the development texts in
/// languages with lexicons (<see cref="Corpus.Extractable"/>) replicated to 50 MB (UTF-8) once on one thread, then once per stage with a stopwatch around each,
/// then once on all cores, and prints MB/s, documents/s, claims, allocations and peak working set.
/// Options: <c>--mb N</c> replicates to N MB instead of 50; <c>--no-stages</c>, <c>--no-parallel</c> skip a pass.
/// Exits with 1 when a pass finds no claim or a different number of claims than the texts give one by one.
/// </summary>
internal static class Throughput
{
    public static int Run(string[] args)
    {
        long target = Option(args, "--mb") is { } mb ? (long)(double.Parse(mb, CultureInfo.InvariantCulture) * Corpus.BytesPerMegabyte) : Corpus.ReplicatedBytes;
#if DEBUG
        Console.WriteLine("warning: Debug build; run with -c Release for figures worth quoting");
#endif
        var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        var all = Corpus.Dev;
        var corpus = Corpus.Extractable;
        var extractor = Extractor.CreateDefault();
        var dev = corpus.Articles();

        // Warm-up: loads and compiles every language's lexicons and JITs the pipeline; gives the claims per text.
        var warm = Stopwatch.StartNew();
        var claimsPerText = dev.Select(a => extractor.Extract(a).Claims.Count).ToArray();
        warm.Stop();
        int devClaims = claimsPerText.Sum();
        var replicated = corpus.Replicate(target);
        var articles = replicated.Articles;
        long expected = replicated.Sources.Sum(i => (long)claimsPerText[i]);
        double megabytes = replicated.Utf8Bytes / Corpus.BytesPerMegabyte;

        Console.WriteLine($"runtime: .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} logical cores");
        Console.WriteLine($"corpus: {corpus.Directory}");
        Console.WriteLine($"dev corpus: {all.Documents.Count} texts, {all.Utf8Bytes / Corpus.BytesPerMegabyte:F3} MB UTF-8, {all.GoldClaims} gold claims");
        Console.WriteLine($"measured: the {dev.Length} texts in languages with lexicons ({corpus.DescribeLanguages()}), {corpus.Utf8Bytes / Corpus.BytesPerMegabyte:F3} MB UTF-8, "
            + $"{corpus.GoldClaims} gold claims, {devClaims} extracted (the other texts give none)");
        Console.WriteLine($"warm-up (lexicon loading, JIT, first pass over the dev texts): {warm.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"replicated: {articles.Count} articles, {megabytes:F2} MB UTF-8 ({replicated.Utf16Chars * 2 / Corpus.BytesPerMegabyte:F2} MB as UTF-16), {expected} claims expected");
        if (devClaims == 0)
        {
            Console.WriteLine("error: no claim extracted from the dev corpus");
            return 1;
        }
        int status = 0;

        // One thread.
        Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        long claims = 0;
        foreach (var article in articles)
            claims += extractor.Extract(article).Claims.Count;
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine("single thread:");
        Console.WriteLine($"  time: {seconds:F2} s");
        Console.WriteLine($"  throughput: {megabytes / seconds:F2} MB/s, {articles.Count / seconds:F0} documents/s");
        Console.WriteLine($"  claims: {claims}");
        Console.WriteLine($"  allocated: {allocated / Corpus.BytesPerMegabyte:F0} MB ({(double)allocated / replicated.Utf8Bytes:F1} bytes per input byte)");
        Console.WriteLine($"  GCs: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
        Console.WriteLine($"  peak working set so far: {process.PeakWorkingSet64 / Corpus.BytesPerMegabyte:F0} MB");
        status |= Verify("single thread", claims, expected);

        if (!args.Contains("--no-stages"))
        {
            var timer = new StageTimer();
            var stageClock = Stopwatch.StartNew();
            long stageClaims = 0;
            foreach (var article in articles)
                stageClaims += timer.Extract(extractor, article);
            stageClock.Stop();
            double sum = timer.Totals().Sum(t => t.Seconds);
            Console.WriteLine();
            Console.WriteLine($"per stage (one thread, stopwatch around each stage; {stageClock.Elapsed.TotalSeconds:F2} s in all):");
            foreach (var (name, stageSeconds, stageAllocated) in timer.Totals())
            {
                Console.WriteLine($"  {name,-20} {stageSeconds,7:F2} s {100 * stageSeconds / sum,5:F1} %  {megabytes / stageSeconds,9:F1} MB/s  {stageAllocated / Corpus.BytesPerMegabyte,7:F0} MB allocated");
            }
            if (stageClaims != claims)
            {
                Console.WriteLine($"  warning: the stage list gave {stageClaims} claims, the extractor {claims}: StageTimer's copy of the stages is out of date");
                status = 1;
            }
        }

        if (!args.Contains("--no-parallel"))
        {
            Collect();
            long parallelClaims = 0;
            var parallelClock = Stopwatch.StartNew();
            Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => 0L,
                (article, _, local) => local + extractor.Extract(article).Claims.Count,
                local => Interlocked.Add(ref parallelClaims, local));
            parallelClock.Stop();
            process.Refresh();
            double parallelSeconds = parallelClock.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine($"all cores ({Environment.ProcessorCount} threads, Parallel.ForEach over documents):");
            Console.WriteLine($"  time: {parallelSeconds:F2} s");
            Console.WriteLine($"  throughput: {megabytes / parallelSeconds:F2} MB/s ({megabytes / parallelSeconds / Environment.ProcessorCount:F2} MB/s per core), {articles.Count / parallelSeconds:F0} documents/s");
            Console.WriteLine($"  speed-up over one thread: {seconds / parallelSeconds:F2}x");
            Console.WriteLine($"  claims: {parallelClaims}");
            Console.WriteLine($"  peak working set so far: {process.PeakWorkingSet64 / Corpus.BytesPerMegabyte:F0} MB");
            status |= Verify("all cores", parallelClaims, expected);
        }

        process.Refresh();
        Console.WriteLine();
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / Corpus.BytesPerMegabyte:F0} MB; total time {total.Elapsed.TotalSeconds:F1} s");
        return status;
    }

    private static int Verify(string pass, long claims, long expected)
    {
        if (claims == expected && claims > 0)
            return 0;
        Console.WriteLine($"  error: {pass} found {claims} claims, {expected} expected from the texts one by one");
        return 1;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
