using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Pantau.Pipeline;
using Pantau.Sources;
using Pantau.Store.Model;

namespace Pantau.Store.Ingest;

/// <summary>Options of one ingest.</summary>
/// <param name="Language">Language of every input (over metadata and detection), or null.</param>
/// <param name="Date">Publication date of every input (over metadata and datelines), or null.</param>
/// <param name="Workers">Extraction threads; default all cores.</param>
/// <param name="BatchSize">Documents per write transaction.</param>
/// <param name="MaxBatchDelay">A batch is written when it is full or this old, so a slow input still shows up in the database.</param>
public sealed record IngestOptions(
    string? Language = null,
    DateOnly? Date = null,
    int Workers = 0,
    int BatchSize = 200,
    TimeSpan? MaxBatchDelay = null);

/// <summary>What an ingest did. Documents read = New + Unchanged + Replaced; Failed inputs gave no document.</summary>
public sealed record IngestSummary(int New, int Unchanged, int Replaced, int Failed, int ClaimsAdded, RebuildResult? Stories, TimeSpan Elapsed)
{
    public int Documents => New + Unchanged + Replaced;
}

/// <summary>How far an ingest is: documents done (saved, unchanged or failed) and the time since it started.</summary>
public readonly record struct IngestProgress(int Documents, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Reads inputs, extracts claims on every core, saves them in batched transactions, then
/// updates origins and the stories the new documents touch (<see cref="IClaimStore.UpdateStories"/>).
/// Three stages joined by bounded queues, so memory stays flat
/// whatever the input size: one reader thread (documents in input order; an unchanged document,
/// known by its content hash, is counted and not extracted); <see cref="IngestOptions.Workers"/>
/// extraction threads; and the calling thread, which puts results back in input order (so ids
/// and "first ingested" follow the input) and writes them. A failure of the store stops the
/// other stages and is rethrown; the batches committed before it stay.
/// </summary>
public sealed class IngestPipeline(Extractor extractor, DocumentSource source, IClaimStore store, IngestOptions options)
{
    private sealed record Work(long Sequence, SourceDocument Document, string Key, string Hash);

    private sealed record Extracted(long Sequence, DocumentRecord Record, string? Notice);

    /// <param name="inputs">Files, folders or "-", as <see cref="DocumentSource.Read"/> takes them.</param>
    /// <param name="report">Gets each line to show the user: unreadable inputs, notices (called from several threads).</param>
    /// <param name="progress">Called on the calling thread about four times a second.</param>
    public IngestSummary Run(IEnumerable<string> inputs, Action<string> report, Action<IngestProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        int workers = options.Workers > 0 ? options.Workers : Environment.ProcessorCount;
        var known = store.ContentHashes();
        using var cancel = new CancellationTokenSource();
        using var toExtract = new BlockingCollection<Work>(boundedCapacity: workers * 8);
        // Room for two batches: extraction goes on while the writer commits one, instead of stopping on a full queue.
        using var toWrite = new BlockingCollection<Extracted>(boundedCapacity: Math.Max(workers * 8, options.BatchSize * 2));
        int failed = 0, unchanged = 0;

        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                long sequence = 0;
                foreach (var item in source.Read(inputs))
                {
                    if (item.Error is { } error)
                    {
                        Interlocked.Increment(ref failed);
                        report(error.ToString());
                        continue;
                    }
                    var document = item.Document!;
                    var hash = DocumentRecords.ContentHash(document.Text, options.Language ?? document.Language, options.Date ?? document.Date);
                    var key = DocumentRecords.SourceKey(document);
                    if (!known.ContainsKey(key) && DocumentRecords.LegacyKey(document) is { } legacy && known.TryGetValue(legacy, out var legacyHash)
                        && (legacyHash == hash || legacyHash == DocumentRecords.ContentHash(document.Text)))
                        key = legacy; // stored by an older Pantau under its bare id: the same document
                    if (known.TryGetValue(key, out var storedHash) && storedHash == hash)
                    {
                        Interlocked.Increment(ref unchanged);
                        continue;
                    }
                    toExtract.Add(new Work(sequence++, document, key, hash), cancel.Token);
                }
            }
            finally
            {
                toExtract.CompleteAdding();
            }
        }, cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        int running = workers;
        var extractors = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var work in toExtract.GetConsumingEnumerable(cancel.Token))
                {
                    var document = work.Document;
                    var article = new Article(document.Id, document.Text, options.Language ?? document.Language, options.Date ?? document.Date);
                    var result = extractor.Extract(article);
                    var notice = result.Message is { } message ? $"{document.Id}: {message}" : null;
                    toWrite.Add(new Extracted(work.Sequence, DocumentRecords.From(document, work.Key, work.Hash, result), notice), cancel.Token);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Stop the reader too: it may be waiting for room in a queue nobody empties any more.
                cancel.Cancel();
                throw;
            }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0)
                    toWrite.CompleteAdding();
            }
        }, cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        var producers = Task.WhenAll(extractors.Append(reader));

        int added = 0, replaced = 0, claims = 0, storeUnchanged = 0;
        try
        {
            var pending = new Dictionary<long, Extracted>();
            var batch = new List<DocumentRecord>(options.BatchSize);
            long next = 0;
            var batchStarted = clock.Elapsed;
            var lastProgress = TimeSpan.Zero;
            var maxDelay = options.MaxBatchDelay ?? TimeSpan.FromSeconds(1);

            void Flush()
            {
                if (batch.Count == 0)
                    return;
                var saved = store.SaveBatch(batch);
                added += saved.New;
                replaced += saved.Replaced;
                storeUnchanged += saved.Unchanged;
                claims += saved.ClaimsAdded;
                batch.Clear();
            }

            foreach (var extracted in toWrite.GetConsumingEnumerable(cancel.Token))
            {
                pending.Add(extracted.Sequence, extracted);
                while (pending.Remove(next, out var ready))
                {
                    next++;
                    if (ready.Notice is { } notice)
                        report(notice);
                    if (batch.Count == 0)
                        batchStarted = clock.Elapsed;
                    batch.Add(ready.Record);
                    if (batch.Count >= options.BatchSize || clock.Elapsed - batchStarted >= maxDelay)
                        Flush();
                }
                if (progress is not null && clock.Elapsed - lastProgress >= TimeSpan.FromMilliseconds(250))
                {
                    lastProgress = clock.Elapsed;
                    progress(new IngestProgress(added + replaced + storeUnchanged + Volatile.Read(ref unchanged) + Volatile.Read(ref failed), clock.Elapsed));
                }
            }
            // Worker exceptions (a lexicon that fails to load) end the queue early: surface them before writing the rest.
            producers.GetAwaiter().GetResult();
            Flush();
        }
        catch (Exception failure)
        {
            cancel.Cancel();
            try
            {
                producers.Wait();
            }
            catch (AggregateException stages) when (failure is OperationCanceledException
                && stages.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } cause)
            {
                // A reader or extractor failed and cancelled the writer: its failure is the one to report.
                ExceptionDispatchInfo.Throw(cause);
            }
            catch (AggregateException)
            {
                // Stages cancelled because the writer failed: the writer's failure is rethrown below.
            }
            throw;
        }

        // An ingest killed before its rebuild left documents without an origin: this one finishes the job.
        var stories = added + replaced > 0 || store.NeedsRebuild() ? store.UpdateStories() : null;
        return new IngestSummary(added, unchanged + storeUnchanged, replaced, failed, claims, stories, clock.Elapsed);
    }
}
