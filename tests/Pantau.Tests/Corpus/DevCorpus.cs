using System.Text.Json;
using Pantau.Pipeline;

namespace Pantau.Tests.Corpus;

/// <summary>One document of the development corpus, with its gold claims as raw JSON.</summary>
public sealed record GoldDocument(string Id, string File, string Language, DateOnly? Date, string Path, JsonElement Claims);

/// <summary>
/// The shared development corpus (../shared/corpus/dev) run once through the default
/// extractor; tests share the results.
/// </summary>
public sealed class DevCorpus
{
    public DevCorpus()
    {
        Extractor = Extractor.CreateDefault();
        var goldPath = System.IO.Path.Combine(TestPaths.DevCorpus, "gold.jsonl");
        foreach (var line in File.ReadLines(goldPath))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var date = root.GetProperty("date").ValueKind == JsonValueKind.String ? DateOnly.Parse(root.GetProperty("date").GetString()!) : (DateOnly?)null;
            var file = root.GetProperty("file").GetString()!;
            Documents.Add(new GoldDocument(root.GetProperty("id").GetString()!, file, root.GetProperty("lang").GetString()!, date,
                System.IO.Path.Combine(TestPaths.DevCorpus, file), root.GetProperty("claims").Clone()));
        }
        foreach (var document in Documents)
        {
            var text = File.ReadAllText(document.Path);
            Results[document.Id] = Extractor.Extract(new Article(document.Path, text, Date: document.Date));
        }
    }

    public Extractor Extractor { get; }

    public List<GoldDocument> Documents { get; } = [];

    public Dictionary<string, ExtractionResult> Results { get; } = [];
}

[CollectionDefinition(Name)]
public sealed class DevCorpusCollection : ICollectionFixture<DevCorpus>
{
    public const string Name = "dev corpus";
}
