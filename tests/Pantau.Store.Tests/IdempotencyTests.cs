using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>Ingesting again changes nothing; a changed document replaces its own claims and nothing else.</summary>
public sealed class IdempotencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void Same_documents_again_change_nothing(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var folder = CopyDevFiles(database, "dev-051.txt", "dev-052.txt", "seed.txt");
        using var store = database.Open();
        var first = Corpus.Ingest(store, folder);
        var claims = Snapshot(store);

        var second = Corpus.Ingest(store, folder);

        Assert.Equal((3, 0, 0), (first.New, first.Unchanged, first.Replaced));
        Assert.Equal((0, 3, 0, 0), (second.New, second.Unchanged, second.Replaced, second.ClaimsAdded));
        Assert.Null(second.Stories);
        Assert.Equal(claims, Snapshot(store));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void A_changed_document_replaces_only_its_own_claims(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var folder = CopyDevFiles(database, "dev-051.txt", "seed.txt");
        using var store = database.Open();
        Corpus.Ingest(store, folder);
        var before = Snapshot(store);
        var seedPath = Path.Combine(folder, "seed.txt");
        var seedBefore = before.Where(c => c.Doc == seedPath).ToList();

        // The correction drops the artillery: the seed's artillery claim must go, the other article's claims stay as they were.
        File.WriteAllText(seedPath, File.ReadAllText(seedPath).Replace("200 Senjata Artileri Jarak Jauh", "Senjata").Replace("200 artileri jarak jauh", "senjata"));
        var summary = Corpus.Ingest(store, folder);
        var after = Snapshot(store);

        Assert.Equal((0, 1, 1), (summary.New, summary.Unchanged, summary.Replaced));
        Assert.Equal(before.Where(c => c.Doc != seedPath), after.Where(c => c.Doc != seedPath));
        Assert.Contains(seedBefore, c => c.Item == "artillery" && c.Quantity == "200");
        Assert.DoesNotContain(after, c => c.Doc == seedPath && c.Item == "artillery" && c.Quantity == "200");
        Assert.Contains(after, c => c.Doc == seedPath && c.Item == "personnel");
        Assert.Equal(after.Count, after.Distinct().Count());
    }

    private static string CopyDevFiles(TestDatabase database, params string[] names)
    {
        foreach (var name in names)
            database.Files.Write($"news/{name}", File.ReadAllText(Path.Combine(Corpus.DevFolder, name)));
        return database.Files.PathOf("news");
    }

    private sealed record ClaimFacts(string Id, string Doc, string Type, string? Item, string? Quantity, string Modality, string Sources, string Quote);

    private static List<ClaimFacts> Snapshot(IClaimStore store) => store.Claims(ClaimFilter.All)
        .Select(c => new ClaimFacts(c.Id, c.Document.SourceKey, c.Claim.Type, c.Claim.Item, c.Claim.Quantity?.ToString(), c.Claim.Modality,
            string.Join(',', c.Claim.Attribution.Select(a => a.Code)), c.Claim.Quote))
        .ToList();
}
