using System.Diagnostics;
using Pantau.Claims;
using Pantau.Dates;
using Pantau.Numbers;
using Pantau.Pipeline;

namespace Pantau.Benchmarks;

/// <summary>
/// Runs the extractor's stages one by one with a stopwatch around each, to tell where the time
/// goes. The stage list is a copy of the one in <see cref="Extractor"/>'s constructor: when that
/// changes, change this too (<see cref="Throughput"/> compares the claim counts and says when they differ).
/// Not thread-safe: one timer per thread.
/// </summary>
internal sealed class StageTimer
{
    private readonly (string Name, IDocumentStage Stage)[] _stages =
    [
        ("tokenize+sentences", new TokenizeStage()),
        ("lexicon matching", new LexiconStage()),
        ("references", new ReferenceStage()),
        ("dateline", new DatelineStage()),
        ("dates", new DateStage()),
        ("quantities", new QuantityStage()),
        ("claims", new ClaimStage()),
        ("merge", new MergeStage()),
    ];

    private readonly long[] _ticks;
    private readonly long[] _allocated;

    public StageTimer()
    {
        _ticks = new long[_stages.Length];
        _allocated = new long[_stages.Length];
    }

    /// <summary>Extracts <paramref name="article"/> (its language must be given) and returns its claim count.</summary>
    public int Extract(Extractor extractor, Article article)
    {
        var document = new Document(article.Id, article.Text, extractor.Catalog.Get(article.Language!), article.Date);
        for (int s = 0; s < _stages.Length; s++)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            _stages[s].Stage.Process(document);
            _ticks[s] += Stopwatch.GetTimestamp() - start;
            _allocated[s] += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
        return document.Claims.Count;
    }

    /// <summary>Per stage: its name, seconds spent and bytes allocated so far.</summary>
    public IEnumerable<(string Name, double Seconds, long Allocated)> Totals() =>
        _stages.Select((s, i) => (s.Name, _ticks[i] / (double)Stopwatch.Frequency, _allocated[i]));
}
