using BenchmarkDotNet.Attributes;
using Pantau.Languages;

namespace Pantau.Benchmarks.Languages;

/// <summary>
/// Language identification of the 92 development texts with <see cref="LinguaLanguageIdentifier"/>
/// (low-accuracy mode; each text is cut to its first 3,000 characters). The benchmark returns how
/// many texts were named with their gold language.
/// Expected: more than zero agree with gold.jsonl; the setup prints the count and the disagreements.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LanguageIdentificationBenchmarks
{
    private LinguaLanguageIdentifier _identifier = null!;
    private CorpusDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new LanguageCatalog(new EmbeddedLexiconStore());
        _identifier = new LinguaLanguageIdentifier(catalog);
        _documents = [.. Corpus.Dev.Documents];

        int agreed = Identify();
        Console.WriteLine($"// identified {agreed} of {_documents.Length} dev texts as their gold language");
        foreach (var document in _documents)
        {
            var code = _identifier.Identify(document.Text);
            if (code != document.Language)
                Console.WriteLine($"//   {document.File}: {code ?? "unknown"}, gold {document.Language}");
        }
        Check.That(agreed > 0, "language identification agreed with gold on no dev text");
    }

    [Benchmark(Description = "Identify dev")]
    [Input(CorpusInput.Dev)]
    public int Identify()
    {
        int agreed = 0;
        foreach (var document in _documents)
        {
            if (_identifier.Identify(document.Text) == document.Language)
                agreed++;
        }
        return agreed;
    }
}
