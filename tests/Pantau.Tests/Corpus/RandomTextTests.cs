using Pantau.Pipeline;

namespace Pantau.Tests.Corpus;

/// <summary>
/// The pipeline must not fail on any text: shuffled words of the corpus, stray punctuation,
/// digits and quotes are thrown at it, and every claim it makes must point inside the text.
/// </summary>
[Collection(DevCorpusCollection.Name)]
public class RandomTextTests(DevCorpus corpus)
{
    [Fact]
    public void Shuffled_corpus_words_never_break_the_pipeline()
    {
        var random = new Random(5);
        var words = corpus.Documents
            .Where(d => d.Language is "id" or "en")
            .SelectMany(d => File.ReadAllText(d.Path).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        string[] noise = ["\"", "“", "”", ",", ".", "-", "(", ")", "--", "\n\n", "11.000", "1,5", "$", "2024", "Feb.", "tidak", "not"];
        int claims = 0;
        for (int i = 0; i < 300; i++)
        {
            var parts = new List<string>();
            for (int w = random.Next(1, 120); w > 0; w--)
                parts.Add(random.Next(5) == 0 ? noise[random.Next(noise.Length)] : words[random.Next(words.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            var language = i % 2 == 0 ? "id" : "en";
            var result = corpus.Extractor.Extract(new Article($"random-{i}", text, language, new DateOnly(2025, 2, 11)));
            foreach (var claim in result.Claims)
            {
                claims++;
                foreach (var evidence in claim.Evidence)
                {
                    Assert.InRange(evidence.Sentence.End, evidence.Sentence.Start + 1, text.Length);
                    Assert.True(evidence.Sentence.Contains(evidence.Trigger));
                }
            }
        }
        Assert.True(claims > 0, "shuffled corpus words should still make some claims");
    }
}
