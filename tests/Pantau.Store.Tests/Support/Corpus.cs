using System.Text.Json;
using Pantau.Pipeline;
using Pantau.Sources;
using Pantau.Store.Ingest;

namespace Pantau.Store.Tests.Support;

/// <summary>The development corpus, the extractor, and ingesting into a store in process.</summary>
public static class Corpus
{
    private static readonly Lazy<Extractor> SharedExtractor = new(Extractor.CreateDefault);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string DevFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "dev"));

    public static string Seed => Path.Combine(DevFolder, "seed.txt");

    public static Extractor Extractor => SharedExtractor.Value;

    public static IngestSummary Ingest(IClaimStore store, params string[] inputs) => Ingest(store, new IngestOptions(), inputs);

    public static IngestSummary Ingest(IClaimStore store, IngestOptions options, params string[] inputs)
    {
        var pipeline = new IngestPipeline(Extractor, new DocumentSource(new SourceOptions()), store, options);
        return pipeline.Run(inputs, _ => { });
    }

    /// <summary>
    /// What an undisturbed ingest of <paramref name="inputs"/> stores, without a database: source key →
    /// number of claims, from the same reading, keys and extraction as <see cref="IngestPipeline"/>.
    /// </summary>
    public static Dictionary<string, long> ClaimsPerDocument(IngestOptions options, params string[] inputs)
    {
        var claims = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in new DocumentSource(new SourceOptions()).Read(inputs))
        {
            var document = item.Document ?? throw new InvalidOperationException(item.Error!.ToString());
            var key = DocumentRecords.SourceKey(document);
            var result = Extractor.Extract(new Article(document.Id, document.Text, options.Language ?? document.Language, options.Date ?? document.Date));
            claims[key] = result.Document?.Claims.Count ?? 0;
        }
        return claims;
    }

    /// <summary>
    /// The English and Indonesian dev texts (language and date from gold.jsonl) as <paramref name="count"/>
    /// JSON Lines articles, each with its own id and a varied headline and date, as a feed of reprints would be.
    /// </summary>
    public static string WriteGeneratedFeed(string path, int count)
    {
        var texts = new List<(string Text, string Lang, string? Date)>();
        foreach (var line in File.ReadLines(Path.Combine(DevFolder, "gold.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var lang = json.RootElement.GetProperty("lang").GetString()!;
            if (lang is not ("en" or "id"))
                continue;
            var date = json.RootElement.GetProperty("date").ValueKind == JsonValueKind.String ? json.RootElement.GetProperty("date").GetString() : null;
            texts.Add((File.ReadAllText(Path.Combine(DevFolder, json.RootElement.GetProperty("file").GetString()!)), lang, date));
        }
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            var (text, lang, date) = texts[i % texts.Count];
            var published = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddDays(i / texts.Count % 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"generated-{i}",
                title = $"Report {i}",
                text = $"Edition {i} of the wire report\n\n{text}",
                lang,
                date = published,
            }));
        }
        return path;
    }

    /// <summary>
    /// The dev articles <paramref name="files"/> as one JSON Lines feed: each with a URL
    /// (https://news.example/dev-001), its text, and its language and date from gold.jsonl.
    /// </summary>
    public static string WriteFeed(string path, IEnumerable<string> files)
    {
        var gold = new Dictionary<string, (string Lang, string? Date)>();
        foreach (var line in File.ReadLines(Path.Combine(DevFolder, "gold.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var date = json.RootElement.GetProperty("date");
            gold[json.RootElement.GetProperty("file").GetString()!] =
                (json.RootElement.GetProperty("lang").GetString()!, date.ValueKind == JsonValueKind.String ? date.GetString() : null);
        }
        using var writer = new StreamWriter(path);
        foreach (var file in files)
        {
            var (lang, date) = gold[file];
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                url = $"https://news.example/{Path.GetFileNameWithoutExtension(file)}",
                text = File.ReadAllText(Path.Combine(DevFolder, file)),
                lang,
                date,
            }));
        }
        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pantau.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Pantau.slnx not found above " + AppContext.BaseDirectory);
    }
}
