using BenchmarkDotNet.Attributes;
using Pantau.Languages;
using Pantau.Matching;
using Pantau.Pipeline;

namespace Pantau.Benchmarks.Matching;

/// <summary>
/// The lexicon phrase matcher alone over the development texts in languages with lexicons, tokenized and split into
/// sentences beforehand. The baseline computes only the comparison key of every token (lower-cased,
/// quotes folded), the least any token matcher must do; <see cref="LexiconStage"/> is what the
/// pipeline runs (sentence by sentence, mentions and their index built); the whole-document match
/// shows what the sentence split costs or saves.
/// Expected: more than zero mentions; the setup prints the count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class MatcherBenchmarks
{
    private readonly LexiconStage _stage = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = Extractor.CreateDefault().Catalog;
        var tokenize = new TokenizeStage();
        _documents = [.. Corpus.Extractable.Documents.Select(d =>
        {
            var document = new Document(d.File, d.Text, catalog.Get(d.Language), d.Date);
            tokenize.Process(document);
            return document;
        })];

        int mentions = LexiconStage();
        int tokens = _documents.Sum(d => d.Tokens.Length);
        Console.WriteLine($"// dev corpus, languages with lexicons ({Corpus.Extractable.DescribeLanguages()}): {_documents.Length} texts, {tokens} tokens, {mentions} lexicon mentions (sentence by sentence), {MatchWholeDocuments()} (whole documents)");
        Check.That(mentions > 0, "the lexicon matcher found no mention in the dev corpus");
    }

    [Benchmark(Baseline = true, Description = "Token keys dev")]
    [Input(CorpusInput.Extractable)]
    public int TokenKeys()
    {
        Span<char> buffer = stackalloc char[64];
        int total = 0;
        foreach (var document in _documents)
        {
            foreach (var token in document.Tokens)
                total += PhraseMatcher<LexiconEntry>.Key(document.Text, token, buffer).Length;
        }
        return total;
    }

    [Benchmark(Description = "LexiconStage dev")]
    [Input(CorpusInput.Extractable)]
    public int LexiconStage()
    {
        int mentions = 0;
        foreach (var document in _documents)
        {
            _stage.Process(document);
            mentions += document.Mentions.Count;
        }
        return mentions;
    }

    [Benchmark(Description = "Match whole documents dev")]
    [Input(CorpusInput.Extractable)]
    public int MatchWholeDocuments()
    {
        int matches = 0;
        foreach (var document in _documents)
            matches += document.Language.Matcher.Match(document.Text, document.Tokens).Count;
        return matches;
    }
}
