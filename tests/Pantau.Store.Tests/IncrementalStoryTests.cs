using System.Globalization;
using System.Text.Json;
using Pantau.Store.Ingest;
using Pantau.Store.Model;
using Pantau.Store.Stories;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>
/// An ingest redoes only the stories its documents touch (<see cref="IClaimStore.UpdateStories"/>);
/// after every one of several ingests (new documents, an earlier reprint that moves an origin, a
/// replaced document, changed rules) the stories, their ids and the origins must be what a whole
/// rebuild gives.
/// </summary>
public sealed class IncrementalStoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void Ingests_in_several_runs_give_the_stories_of_a_whole_rebuild(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var texts = Directory.GetFiles(Corpus.DevFolder, "dev-*.txt").Order(StringComparer.Ordinal).Prepend(Corpus.Seed).ToList();
        using var store = database.Open();

        // A first ingest of most of the corpus, then small ones: each touches a few story keys of many.
        var first = Ingest(database, store, "run1", texts.Take(70));
        Assert.True(first.New >= 60, $"only {first.New} documents stored");
        AssertSameAsWholeRebuild(store);

        Ingest(database, store, "run2", texts.Skip(70).Take(5));
        AssertSameAsWholeRebuild(store);

        // A reprint of the seed dated before it becomes the origin of the seed's group.
        var seed = File.ReadAllText(Corpus.Seed);
        database.Files.Write("run3/reprint.jsonl", JsonSerializer.Serialize(new { id = "early-reprint", text = "Reprinted\n\n" + seed, lang = "id", date = "2020-01-01" }) + "\n");
        var reprint = Corpus.Ingest(store, database.Files.PathOf("run3"));
        Assert.Equal(1, reprint.New);
        var seedCopy = Path.GetFullPath(database.Files.PathOf("run1/seed.txt"));
        Assert.Contains(store.Claims(ClaimFilter.All), c => c.Document.SourceKey == seedCopy && c.Document.OriginKey!.EndsWith("reprint.jsonl#early-reprint", StringComparison.Ordinal));
        AssertSameAsWholeRebuild(store);

        // A corrected document replaces its claims: its old story keys must be redone although no new claim has them.
        File.WriteAllText(seedCopy, seed.Replace("200 Senjata Artileri Jarak Jauh", "Senjata").Replace("200 artileri jarak jauh", "senjata"));
        var corrected = Corpus.Ingest(store, database.Files.PathOf("run1"));
        Assert.Equal(1, corrected.Replaced);
        AssertSameAsWholeRebuild(store);

        Ingest(database, store, "run4", texts.Skip(75).Take(3));
        AssertSameAsWholeRebuild(store);

        // New rules make every story stale, even with only two new documents to ingest.
        store.SetRules(new StoryRules(WindowDays: 20, FigureRatio: 3));
        Ingest(database, store, "run5", texts.Skip(78).Take(2));
        AssertSameAsWholeRebuild(store);
    }

    private static IngestSummary Ingest(TestDatabase database, IClaimStore store, string folder, IEnumerable<string> files)
    {
        foreach (var file in files)
            database.Files.Write($"{folder}/{Path.GetFileName(file)}", File.ReadAllText(file));
        var summary = Corpus.Ingest(store, database.Files.PathOf(folder));
        Assert.NotNull(summary.Stories);
        return summary;
    }

    private static void AssertSameAsWholeRebuild(IClaimStore store)
    {
        Assert.False(store.NeedsRebuild());
        var incremental = Snapshot(store);
        store.RebuildStories();
        var whole = Snapshot(store);
        Assert.Equal(whole.Stories, incremental.Stories);
        Assert.Equal(whole.Claims, incremental.Claims);
    }

    private static (List<string> Stories, List<string> Claims) Snapshot(IClaimStore store)
    {
        var stories = store.Stories(ClaimFilter.All).OrderBy(s => s.Id).Select(s => string.Join('|',
            s.Id.ToString(CultureInfo.InvariantCulture), s.Type, s.Actor, s.Recipient, s.Item, s.FirstSeen, s.LastSeen, s.TimeStart, s.TimeEnd,
            s.Claims, s.Documents, s.Origins, string.Join(',', s.Languages), string.Join(',', s.Sources), s.Figures, s.Modalities)).ToList();
        var claims = store.Claims(ClaimFilter.All).Select(c => $"{c.Document.SourceKey}:{c.Ordinal} story {c.StoryId} origin {c.Document.OriginKey}").ToList();
        Assert.NotEmpty(stories);
        return (stories, claims);
    }
}
