using System.CommandLine;
using System.Globalization;
using Pantau.Languages;
using Pantau.Sources;
using Pantau.Store;
using Pantau.Store.Database;
using Pantau.Store.Ingest;
using Pantau.Store.Stories;

namespace Pantau.Cli.Store;

/// <summary>
/// <c>pantau ingest</c>: reads inputs like <c>extract</c> (same formats, options and messages),
/// stores documents and claims, links reprints to their origin and rebuilds stories. Prints a
/// progress line on a terminal and a one-line summary on standard error.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (text, HTML, JSON Lines), folders (read recursively) or - for standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = StoreAccess.DbOption();
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) of the inputs, over their metadata and datelines" };
        var language = new Option<string?>("--lang") { Description = "Language of the inputs (ISO 639-1), instead of metadata or detection" };
        var lexicons = new Option<string?>("--lexicons") { Description = "Read language data from this folder instead of the embedded lexicons" };
        var maxSize = new Option<int>("--max-size") { Description = "Largest document to read, in MB", DefaultValueFactory = _ => 50 };
        var window = new Option<int?>("--window-days")
        {
            Description = $"Stories: a claim joins a story when its time is at most this many days after the story's latest (default {StoryRules.DefaultWindowDays}; kept in the database)",
        };
        var ratio = new Option<decimal?>("--figure-ratio")
        {
            Description = "Stories: figures more than this factor apart start separate stories; 0 (default) never splits on figures (kept in the database)",
        };
        var command = new Command("ingest", "Store documents and their claims in the claim database, and build stories across them")
        {
            inputs, db, date, language, lexicons, maxSize, window, ratio,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs) ?? [], parse.GetValue(db)!, parse.GetValue(date), parse.GetValue(language),
            parse.GetValue(lexicons), parse.GetValue(maxSize), parse.GetValue(window), parse.GetValue(ratio)));
        return command;
    }

    private static int Run(string[] inputs, string db, string? dateText, string? language, string? lexiconFolder, int maxSizeMb, int? windowDays, decimal? figureRatio)
    {
        bool changesRules = windowDays is not null || figureRatio is not null;
        if (ExtractorSetup.CheckInputs(inputs, required: !changesRules, dateText, maxSizeMb, out var date) is { } problem)
            return ExtractorSetup.Usage(problem);
        if (windowDays is < 0)
            return ExtractorSetup.Usage("--window-days must be 0 or more");
        if (figureRatio is { } r && r != 0 && r < 1)
            return ExtractorSetup.Usage("--figure-ratio must be 0 (off) or at least 1");
        if (ExtractorSetup.Create(lexiconFolder, language, out int setupFailure) is not { } extractor)
            return setupFailure;

        using var store = StoreAccess.Open(db, create: true);
        if (store is null)
            return ExitCodes.Database;
        var progress = new ProgressLine();
        if (store is ClaimStore claimStore)
            claimStore.Notices = progress.Report;
        try
        {
            if (changesRules)
            {
                var old = store.Rules;
                var rules = new StoryRules(windowDays ?? old.WindowDays, figureRatio ?? old.FigureRatio);
                if (rules != old)
                {
                    store.SetRules(rules);
                    if (inputs.Length == 0)
                    {
                        var rebuilt = store.RebuildStories();
                        Console.Error.WriteLine($"{store.Location.DisplayName}: stories rebuilt ({rules}): {rebuilt.Stories} stories, {rebuilt.Origins} independent origins");
                        return ExitCodes.Success;
                    }
                }
            }
            var source = new DocumentSource(new SourceOptions(MaxDocumentBytes: (long)maxSizeMb * 1024 * 1024));
            var pipeline = new IngestPipeline(extractor, source, store, new IngestOptions(language, date));
            var summary = pipeline.Run(inputs, line => progress.Report(line), Console.IsErrorRedirected ? null : progress.Show);
            if (changesRules && summary.Stories is null)
                summary = summary with { Stories = store.RebuildStories() };
            progress.Clear();
            Console.Error.WriteLine(Describe(store.Location.DisplayName, summary));
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }
        catch (StoreException e)
        {
            progress.Clear();
            return StoreAccess.Report(e);
        }
        catch (LexiconException e)
        {
            return ExtractorSetup.LexiconProblems(e);
        }
    }

    /// <summary>"pantau.db: 92 new, 0 unchanged, 0 replaced, 2 failed documents; 617 claims added; 48 stories from 90 independent origins (2.1 s, 44 documents/s)".</summary>
    internal static string Describe(string database, IngestSummary s)
    {
        var seconds = s.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? (s.Documents + s.Failed) / seconds : 0;
        var stories = s.Stories is { } r ? $"; {r.Stories} stories from {r.Origins} independent origins" : "; stories unchanged";
        return string.Create(CultureInfo.InvariantCulture,
            $"{database}: {s.New} new, {s.Unchanged} unchanged, {s.Replaced} replaced, {s.Failed} failed documents; {s.ClaimsAdded} claims added{stories} ({seconds:0.0} s, {rate:0} documents/s)");
    }


    /// <summary>One line on a terminal's standard error, rewritten in place; messages print above it.</summary>
    private sealed class ProgressLine
    {
        private readonly Lock _lock = new();
        private int _shown;

        public void Show(IngestProgress progress)
        {
            lock (_lock)
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"ingest: {progress.Documents:N0} documents, {progress.PerSecond:N0}/s");
                Console.Error.Write("\r" + line.PadRight(_shown));
                _shown = line.Length;
            }
        }

        public void Report(string message)
        {
            lock (_lock)
            {
                ClearLocked();
                Console.Error.WriteLine($"pantau: {message}");
            }
        }

        public void Clear()
        {
            lock (_lock)
                ClearLocked();
        }

        private void ClearLocked()
        {
            if (_shown == 0)
                return;
            Console.Error.Write("\r" + new string(' ', _shown) + "\r");
            _shown = 0;
        }
    }
}
