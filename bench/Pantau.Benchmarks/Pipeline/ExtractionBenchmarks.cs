using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pantau.Pipeline;

namespace Pantau.Benchmarks.Pipeline;

/// <summary>
/// Extraction throughput, one thread, languages and dates given (identification is measured by
/// <see cref="Languages.LanguageIdentificationBenchmarks"/>). Two inputs, each in its own category
/// with its own baseline, the tokenizer alone over the same texts, so the ratio is the cost of
/// the rest of the pipeline:
/// <list type="bullet">
/// <item><c>Dev</c>: the development texts in languages that have lexicons (<see cref="Corpus.Extractable"/>;
/// the extractor refuses the others at once) read once; also with the language left to the
/// identifier, to show what identification adds inside <see cref="Extractor.Extract"/>.</item>
/// <item><c>Replicated</c>: the same texts repeated to 50 MB, the size the throughput target is set on.</item>
/// </list>
/// Expected: the claim count over the 92 texts, printed by the setup, is more than zero (gold has 677).
/// Each benchmark returns its claim or token count; the short job keeps the 50 MB runs to minutes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    public const string Dev = "Dev";
    public const string Replicated = "Replicated";

    private Extractor _extractor = null!;
    private Article[] _dev = [];
    private Article[] _devWithoutLanguage = [];
    private Article[] _replicated = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Extractable;
        _extractor = Extractor.CreateDefault();
        _dev = corpus.Articles();
        _devWithoutLanguage = [.. _dev.Select(a => a with { Language = null })];
        var replicated = corpus.Replicate();
        _replicated = [.. replicated.Articles];

        // Warm-up and correctness: loads the lexicons, and checks that the texts give claims. The
        // texts in other languages give none (the extractor refuses them), so this is the count over all 92.
        int claims = Extract(_dev);
        Console.WriteLine($"// dev corpus: {Corpus.Dev.Documents.Count} texts, {Corpus.Dev.GoldClaims} gold claims; "
            + $"{_dev.Length} in languages with lexicons ({corpus.DescribeLanguages()}), {corpus.Utf8Bytes / Corpus.BytesPerMegabyte:F3} MB, "
            + $"{corpus.GoldClaims} gold claims, {claims} extracted");
        Check.That(claims > 0, "extraction over the dev corpus found no claim");
        int identified = Extract(_devWithoutLanguage);
        Console.WriteLine($"// same texts, language identified: {identified} claims");
        Check.That(identified > 0, "extraction with language identification found no claim");
        Console.WriteLine($"// replicated corpus: {_replicated.Length} articles, {replicated.Utf8Bytes / Corpus.BytesPerMegabyte:F1} MB");
    }

    [Benchmark(Baseline = true, Description = "Tokenize dev")]
    [BenchmarkCategory(Dev)]
    [Input(CorpusInput.Extractable)]
    public int TokenizeDev() => Tokenize(_dev);

    [Benchmark(Description = "Extract dev")]
    [BenchmarkCategory(Dev)]
    [Input(CorpusInput.Extractable)]
    public int ExtractDev() => Extract(_dev);

    [Benchmark(Description = "Identify+extract dev")]
    [BenchmarkCategory(Dev)]
    [Input(CorpusInput.Extractable)]
    public int IdentifyAndExtractDev() => Extract(_devWithoutLanguage);

    [Benchmark(Baseline = true, Description = "Tokenize 50 MB")]
    [BenchmarkCategory(Replicated)]
    [Input(CorpusInput.Replicated)]
    public int TokenizeReplicated() => Tokenize(_replicated);

    [Benchmark(Description = "Extract 50 MB")]
    [BenchmarkCategory(Replicated)]
    [Input(CorpusInput.Replicated)]
    public int ExtractReplicated() => Extract(_replicated);

    private int Extract(Article[] articles)
    {
        int claims = 0;
        foreach (var article in articles)
            claims += _extractor.Extract(article).Claims.Count;
        return claims;
    }

    private int Tokenize(Article[] articles)
    {
        var catalog = _extractor.Catalog;
        int tokens = 0;
        foreach (var article in articles)
            tokens += catalog.Get(article.Language!).Tokenizer.Tokenize(article.Text).Length;
        return tokens;
    }
}
