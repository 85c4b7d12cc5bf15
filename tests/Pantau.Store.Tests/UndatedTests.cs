using System.Globalization;
using System.Text.Json;
using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>
/// Documents without a publication date (no metadata, no dateline, no <c>--date</c>): their
/// stories have no first or last seen, and the program says "undated" instead of a bare "-";
/// a story with dated and undated documents is seen when its dated ones are, and counts the others.
/// </summary>
public sealed class UndatedTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Stories_of_undated_documents_say_undated_and_a_mixed_story_counts_its_undated_documents(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var undated = database.Files.Write("undated.jsonl", string.Concat(new[] { "dev-009.txt", "dev-015.txt", "dev-069.txt" }.Select(file =>
            JsonSerializer.Serialize(new { id = file, text = File.ReadAllText(Path.Combine(Corpus.DevFolder, file)), lang = "en" }) + "\n")));
        using (var store = database.Open())
            Corpus.Ingest(store, undated);

        var table = await PantauProcess.RunAsync(database.Files.FullPath, "stories", "--db", database.Db, "--actor", "PRK", "--format", "table");
        long id;
        using (var store = database.Open(create: false))
        {
            var story = store.Stories(new ClaimFilter { Type = "transfer", Actor = "PRK", Recipient = "RUS", Item = "personnel" }).Single();
            Assert.Null(story.FirstSeen);
            Assert.Null(story.LastSeen);
            id = story.Id;
        }
        var text = await PantauProcess.RunAsync(database.Files.FullPath, "story", id.ToString(CultureInfo.InvariantCulture), "--db", database.Db, "--format", "text");

        Assert.True(table.ExitCode == 0, table.ToString());
        var row = table.Stdout.Split('\n').Single(l => l.StartsWith($"{id} ", StringComparison.Ordinal));
        Assert.Matches(@"\bundated\s+undated\b", row);
        Assert.True(text.Stdout.Contains("  reported   undated in 3 documents from 3 independent origins", StringComparison.Ordinal), text.ToString());

        // A dated report of the same: the story is seen on its date, and says how many documents had none.
        var dated = Corpus.WriteFeed(database.Files.PathOf("dated.jsonl"), ["dev-048.txt"]);
        using (var store = database.Open())
            Corpus.Ingest(store, dated);
        var json = await PantauProcess.RunAsync(database.Files.FullPath, "story", id.ToString(CultureInfo.InvariantCulture), "--db", database.Db, "--format", "json");
        var mixed = await PantauProcess.RunAsync(database.Files.FullPath, "story", id.ToString(CultureInfo.InvariantCulture), "--db", database.Db, "--format", "text");

        var root = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal("2024-11-28", root.GetProperty("first_seen").GetString());
        Assert.Equal(3, root.GetProperty("undated_documents").GetInt32());
        Assert.True(mixed.Stdout.Contains("  reported   2024-11-28 in 4 documents (3 undated) from", StringComparison.Ordinal), mixed.ToString());
    }
}
