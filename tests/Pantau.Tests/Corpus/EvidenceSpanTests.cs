using Pantau.Text;

namespace Pantau.Tests.Corpus;

/// <summary>
/// Offsets are the contract of every output: over every corpus text, tokens and whitespace
/// rebuild the input, and every evidence span lies inside the text, in order.
/// </summary>
[Collection(DevCorpusCollection.Name)]
public class EvidenceSpanTests(DevCorpus corpus)
{
    [Fact]
    public void Tokens_and_whitespace_rebuild_every_corpus_text()
    {
        foreach (var (id, result) in corpus.Results)
        {
            if (result.Document is not { } document)
                continue;
            AssertRebuilds(document.Text, document.Tokens, id);
        }
    }

    [Fact]
    public void Every_evidence_span_slices_the_original_input()
    {
        int claims = 0;
        foreach (var gold in corpus.Documents)
        {
            var result = corpus.Results[gold.Id];
            var original = File.ReadAllText(gold.Path);
            foreach (var claim in result.Claims)
            {
                claims++;
                int previous = -1;
                foreach (var evidence in claim.Evidence)
                {
                    Assert.InRange(evidence.Sentence.Start, 0, original.Length);
                    Assert.InRange(evidence.Sentence.End, evidence.Sentence.Start + 1, original.Length);
                    Assert.True(evidence.Sentence.Contains(evidence.Trigger), $"{gold.Id}: trigger {evidence.Trigger} outside {evidence.Sentence}");
                    Assert.True(evidence.Sentence.Start >= previous, $"{gold.Id}: evidence offsets go backwards");
                    previous = evidence.Sentence.Start;
                    Assert.Equal(original.Substring(evidence.Sentence.Start, evidence.Sentence.Length), result.Document!.SliceString(evidence.Sentence));
                }
                foreach (var span in new[] { claim.Actor.Span, claim.Recipient.Span, claim.Item?.Span, claim.Place?.Span })
                {
                    if (span is { } s)
                        Assert.InRange(s.End, s.Start + 1, original.Length);
                }
            }
        }
        Assert.True(claims > 100, $"only {claims} claims over the corpus");
    }

    [Fact]
    public void Random_text_rebuilds_from_its_tokens()
    {
        var random = new Random(11);
        const string alphabet = "ab Ü1,.9'-\"“”\n\t朝鲜Россия 11.000 ١٢ \u200B\uD83D\uDE00";
        foreach (var segmentation in new[] { Segmentation.Spaces, Segmentation.Characters })
        {
            var tokenizer = new Tokenizer(segmentation);
            for (int i = 0; i < 500; i++)
            {
                var chars = new char[random.Next(0, 80)];
                for (int c = 0; c < chars.Length; c++)
                    chars[c] = alphabet[random.Next(alphabet.Length)];
                var text = new string(chars);
                AssertRebuilds(text, tokenizer.Tokenize(text), text);
            }
        }
    }

    /// <summary>Tokens ascend without overlap and only whitespace or invisible characters lie between them.</summary>
    private static void AssertRebuilds(string text, Token[] tokens, string label)
    {
        int position = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= position && token.End > token.Start, $"{label}: token {token.Span} after {position}");
            foreach (char c in text.AsSpan(position, token.Start - position))
                Assert.True(char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD' or '\u2060', $"{label}: skipped '{c}' at {position}");
            position = token.End;
        }
        foreach (char c in text.AsSpan(position))
            Assert.True(char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD' or '\u2060', $"{label}: skipped trailing '{c}'");
    }
}
