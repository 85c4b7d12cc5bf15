using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Pantau.Pipeline;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>--throughput</c>: a quick measurement without BenchmarkDotNet. Extracts the development texts in
/// languages with lexicons (<see cref="Corpus.Extractable"/>) replicated to 50 MB (UTF-8): once on one
/// thread; again with a stopwatch around each stage; as a few long documents (each language's texts
/// joined into one); once on all cores. Prints MB/s, documents/s, claims, allocations and peak working set.
/// Options: <c>--mb N</c> replicates to N MB instead of 50; <c>--long-copies N</c> joins N copies of the
/// texts into each long document (default 1, about 50,000 characters); <c>--no-stages</c>,
/// <c>--no-long</c>, <c>--no-parallel</c> skip a pass.
/// Exits with 1 when a pass finds no claim or a different number of claims than the texts give one by one.
/// </summary>
internal static class Throughput
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

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

        // The first pass loads and compiles the lexicons and gives the claims per text. More passes
        // follow for a few seconds, so that the measured passes run fully optimised (tiered) code.
        var warm = Stopwatch.StartNew();
        var claimsPerText = dev.Select(a => extractor.Extract(a).Claims.Count).ToArray();
        double firstPass = warm.Elapsed.TotalSeconds;
        int warmPasses = 1;
        for (; warm.Elapsed < WarmUp; warmPasses++)
        {
            foreach (var article in dev)
                extractor.Extract(article);
        }
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
        Console.WriteLine($"warm-up: first pass (lexicon loading, JIT) {firstPass:F2} s; {warmPasses} passes over the texts in {warm.Elapsed.TotalSeconds:F1} s");
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
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long claims = 0;
        foreach (var article in articles)
            claims += extractor.Extract(article).Claims.Count;
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine("single thread:");
        Console.WriteLine($"  time: {seconds:F2} s");
        Console.WriteLine($"  throughput: {megabytes / seconds:F2} MB/s, {articles.Count / seconds:F0} documents/s");
        // On a shared machine the clock also counts the time other processes held the core; the CPU
        // time the process used (all its threads: tiered compilation and the GC's too) does not.
        Console.WriteLine($"  CPU time: {cpu:F2} s, {megabytes / cpu:F2} MB per CPU second");
        Console.WriteLine($"  claims: {claims}");
        Console.WriteLine($"  allocated: {allocated / Corpus.BytesPerMegabyte:F0} MB ({(double)allocated / replicated.Utf8Bytes:F1} bytes per input byte)");
        Console.WriteLine($"  GCs: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
        Console.WriteLine($"  peak working set so far: {process.PeakWorkingSet64 / Corpus.BytesPerMegabyte:F0} MB");
        status |= Verify("single thread", claims, expected);

        var shortStages = new Dictionary<string, double>();
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
                shortStages[name] = stageSeconds;
                Console.WriteLine($"  {name,-20} {stageSeconds,7:F2} s {100 * stageSeconds / sum,5:F1} %  {megabytes / stageSeconds,9:F1} MB/s  {stageAllocated / Corpus.BytesPerMegabyte,7:F0} MB allocated");
            }
            if (stageClaims != claims)
            {
                Console.WriteLine($"  warning: the stage list gave {stageClaims} claims, the extractor {claims}: StageTimer's copy of the stages is out of date");
                status = 1;
            }
        }

        if (!args.Contains("--no-long"))
        {
            int longCopies = Option(args, "--long-copies") is { } copies ? int.Parse(copies, CultureInfo.InvariantCulture) : 1;
            // The same texts joined per language into one long document each: a cost that grows faster
            // than the text (a loop over the whole document inside a loop over its sentences) shows here.
            var joined = corpus.Documents.GroupBy(d => d.Language)
                .Select(g => new Article($"{g.Key}-joined", string.Join("\n\n", Enumerable.Repeat(g.Select(d => d.Text), longCopies).SelectMany(t => t)), g.Key, g.First().Date))
                .ToArray();
            double joinedMegabytes = joined.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)) / Corpus.BytesPerMegabyte;
            int rounds = Math.Max(1, (int)Math.Ceiling(Math.Min(megabytes, 5) / joinedMegabytes));
            var joinedTimer = new StageTimer();
            long joinedClaims = 0;
            var joinedClock = Stopwatch.StartNew();
            for (int r = 0; r < rounds; r++)
            {
                foreach (var article in joined)
                    joinedClaims += joinedTimer.Extract(extractor, article);
            }
            joinedClock.Stop();
            double joinedSeconds = joinedClock.Elapsed.TotalSeconds;
            double joinedProcessed = joinedMegabytes * rounds;
            Console.WriteLine();
            Console.WriteLine($"long documents (one thread; the texts of each language joined: {joined.Length} documents of "
                + $"{string.Join(", ", joined.Select(a => $"{a.Text.Length / 1000.0:F0}k chars"))}, {rounds} rounds):");
            Console.WriteLine($"  throughput: {joinedProcessed / joinedSeconds:F2} MB/s ({joinedProcessed / joinedSeconds / (megabytes / seconds):F2}x the short documents)");
            foreach (var (name, stageSeconds, _) in joinedTimer.Totals())
            {
                string ratio = shortStages.TryGetValue(name, out var shortSeconds)
                    ? $" ({joinedProcessed / stageSeconds / (megabytes / shortSeconds):F2}x the short documents)"
                    : "";
                Console.WriteLine($"  {name,-20} {joinedProcessed / stageSeconds,9:F1} MB/s{ratio}");
            }
            Console.WriteLine($"  claims per round: {joinedClaims / rounds}");
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
