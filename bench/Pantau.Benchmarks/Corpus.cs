using System.Text;
using System.Text.Json;
using Pantau.Languages;
using Pantau.Pipeline;

namespace Pantau.Benchmarks;

/// <summary>One text of the development corpus, with the language, date and gold claim count its gold row gives.</summary>
public sealed class CorpusDocument
{
    public CorpusDocument(string file, string text, string language, DateOnly date, int goldClaims)
    {
        File = file;
        Text = text;
        Language = language;
        Date = date;
        GoldClaims = goldClaims;
        Utf8Bytes = Encoding.UTF8.GetByteCount(text);
    }

    /// <summary>The file name, "dev-001.txt" or "seed.txt".</summary>
    public string File { get; }

    public string Text { get; }

    /// <summary>ISO 639-1 code from gold.jsonl.</summary>
    public string Language { get; }

    public DateOnly Date { get; }

    public int GoldClaims { get; }

    /// <summary>Size of the text in UTF-8, as on disk without a byte-order mark.</summary>
    public int Utf8Bytes { get; }

    /// <summary>An article with the gold language and date given, so no language identification runs.</summary>
    public Article ToArticle(string id) => new(id, Text, Language, Date);
}

/// <summary>The development corpus repeated until it reaches a size; see <see cref="Corpus.Replicate"/>.</summary>
/// <param name="Articles">The articles in order; ids "dev-001.txt#0", "dev-001.txt#1"… are all distinct.</param>
/// <param name="Sources">For each article, the index of its text in <see cref="Corpus.Documents"/>.</param>
/// <param name="Utf8Bytes">Total UTF-8 size of the texts.</param>
/// <param name="Utf16Chars">Total length of the texts in .NET characters.</param>
public sealed record ReplicatedCorpus(IReadOnlyList<Article> Articles, IReadOnlyList<int> Sources, long Utf8Bytes, long Utf16Chars);

/// <summary>
/// The shared development corpus (<c>shared/corpus/dev</c> beside the repository: <c>seed.txt</c> and
/// <c>dev-*.txt</c>, 92 news texts in 18 languages written for Pantau; its README says where they come
/// from). The language and date of each text come from <c>gold.jsonl</c>, so benchmarks that pass them
/// measure extraction without language identification.
///
/// Sizes are UTF-8 byte counts (what the files weigh on disk); a megabyte (MB) is 1,000,000 bytes.
/// Set <c>PANTAU_DEV_CORPUS</c> to read the corpus from another folder.
/// </summary>
public sealed class Corpus
{
    /// <summary>The size the throughput measurements replicate the corpus to: 50 MB of UTF-8.</summary>
    public const long ReplicatedBytes = 50_000_000;

    public const double BytesPerMegabyte = 1_000_000;

    private static readonly Lazy<Corpus> Shared = new(() => Load(FindDirectory()));

    private static readonly Lazy<Corpus> SharedExtractable = new(() =>
    {
        var languages = new EmbeddedLexiconStore().Languages;
        return Dev.Where(d => languages.Contains(d.Language));
    });

    private Corpus(string directory, IReadOnlyList<CorpusDocument> documents)
    {
        Directory = directory;
        Documents = documents;
        Utf8Bytes = documents.Sum(d => (long)d.Utf8Bytes);
        GoldClaims = documents.Sum(d => d.GoldClaims);
    }

    /// <summary>The folder the texts were read from.</summary>
    public string Directory { get; }

    /// <summary>The texts in file-name order.</summary>
    public IReadOnlyList<CorpusDocument> Documents { get; }

    public long Utf8Bytes { get; }

    /// <summary>Claims annotated in gold.jsonl over all texts (677 when this was written).</summary>
    public int GoldClaims { get; }

    /// <summary>The development corpus, all 92 texts, read once per process.</summary>
    public static Corpus Dev => Shared.Value;

    /// <summary>
    /// The texts in the languages the embedded lexicons cover (the others the extractor refuses at
    /// once with a notice, which would inflate any throughput figure). The set grows as languages get
    /// lexicons, so figures from different dates can be over different texts: results give the count.
    /// </summary>
    public static Corpus Extractable => SharedExtractable.Value;

    /// <summary>The texts that <paramref name="predicate"/> keeps.</summary>
    public Corpus Where(Func<CorpusDocument, bool> predicate) => new(Directory, [.. Documents.Where(predicate)]);

    /// <summary>"en 28, id 29": the number of texts per language.</summary>
    public string DescribeLanguages() =>
        string.Join(", ", Documents.GroupBy(d => d.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    /// <summary>The texts once each, their file name as the article id.</summary>
    public Article[] Articles() => [.. Documents.Select(d => d.ToArticle(d.File))];

    /// <summary>
    /// The texts repeated in order, whole list after whole list, until their UTF-8 size reaches
    /// <paramref name="minBytes"/> (the last copy of the list may stop part-way). Replicas share the
    /// text strings of <see cref="Documents"/>: the set costs a few megabytes of memory, not the
    /// size it stands for, so memory figures measure the extractor and not the corpus.
    /// </summary>
    public ReplicatedCorpus Replicate(long minBytes = ReplicatedBytes)
    {
        var articles = new List<Article>();
        var sources = new List<int>();
        long bytes = 0, chars = 0;
        for (int copy = 0; bytes < minBytes; copy++)
        {
            for (int i = 0; i < Documents.Count && bytes < minBytes; i++)
            {
                var document = Documents[i];
                articles.Add(document.ToArticle($"{document.File}#{copy}"));
                sources.Add(i);
                bytes += document.Utf8Bytes;
                chars += document.Text.Length;
            }
        }
        return new ReplicatedCorpus(articles, sources, bytes, chars);
    }

    /// <summary>Reads every <c>*.txt</c> of <paramref name="directory"/> and its gold.jsonl; each text must have a gold row.</summary>
    public static Corpus Load(string directory)
    {
        var gold = new Dictionary<string, (string Language, DateOnly Date, int Claims)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(directory, "gold.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var file = root.GetProperty("file").GetString() ?? throw new InvalidDataException($"gold.jsonl: a row has no file: {line}");
            var language = root.GetProperty("lang").GetString() ?? throw new InvalidDataException($"gold.jsonl: {file} has no lang");
            var date = DateOnly.ParseExact(root.GetProperty("date").GetString() ?? "", "yyyy-MM-dd");
            if (!gold.TryAdd(file, (language, date, root.GetProperty("claims").GetArrayLength())))
                throw new InvalidDataException($"gold.jsonl: {file} has two rows");
        }
        var documents = new List<CorpusDocument>();
        foreach (var path in System.IO.Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (!gold.TryGetValue(file, out var row))
                throw new InvalidDataException($"{file} has no row in gold.jsonl");
            documents.Add(new CorpusDocument(file, File.ReadAllText(path, Encoding.UTF8), row.Language, row.Date, row.Claims));
        }
        if (documents.Count == 0)
            throw new InvalidDataException($"no *.txt in {directory}");
        return new Corpus(directory, documents);
    }

    /// <summary>
    /// <c>PANTAU_DEV_CORPUS</c>, or <c>../shared/corpus/dev</c> from the repository root (the folder
    /// holding Pantau.slnx above the running program or the current folder).
    /// </summary>
    public static string FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("PANTAU_DEV_CORPUS") is { Length: > 0 } configured)
            return configured;
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pantau.slnx")))
                {
                    var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "dev"));
                    if (System.IO.Directory.Exists(corpus))
                        return corpus;
                }
            }
        }
        throw new DirectoryNotFoundException("cannot find shared/corpus/dev beside the repository; set PANTAU_DEV_CORPUS");
    }
}
