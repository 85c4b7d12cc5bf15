using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Pipeline;

/// <summary>
/// Finds the dateline that opens a wire story ("SEOUL, Feb. 11 (Yonhap) --", "Praha (ANTARA) -",
/// "Seoul, Suarathailand-") so that its place and outlet are not read as actors of a claim.
/// A dateline is a short prefix of one of the first paragraphs, ended by a dash, that names an
/// outlet, a capital or place, or has a parenthesis or a word in capitals, and holds no verb of a claim.
/// </summary>
public sealed class DatelineStage : IDocumentStage
{
    private const int MaxPrefixTokens = 14;
    private const int ParagraphsSearched = 4;

    public void Process(Document document)
    {
        int searched = 0;
        foreach (var sentence in document.Sentences)
        {
            if (searched++ >= ParagraphsSearched)
                break;
            if (TryFindDateline(document, sentence, out var end))
            {
                document.Dateline = document.SpanOf(sentence.FirstToken, end);
                for (int t = sentence.FirstToken; t < end; t++)
                {
                    if (document.Index.StartingAt(t)?.Get<OutletEntry>() is { } outlet)
                        document.Outlet ??= outlet.Outlet;
                }
                return;
            }
        }
    }

    private static bool TryFindDateline(Document document, Sentence sentence, out int end)
    {
        end = -1;
        int limit = Math.Min(sentence.EndToken - 1, sentence.FirstToken + MaxPrefixTokens);
        bool evidence = false;
        for (int t = sentence.FirstToken; t < limit; t++)
        {
            var token = document.Tokens[t];
            var text = document.TokenText(t);
            var mention = document.Index.At(t);
            if (mention is not null && (mention.Has<TriggerEntry>() || mention.IsCue(CueKind.Speech) || mention.IsCue(CueKind.Acknowledgement)))
                return false;
            if (mention?.Get<OutletEntry>() is not null
                || mention?.Get<ActorEntry>() is { Role: ActorRole.Capital or ActorRole.State }
                || mention?.Has<PlaceEntry>() == true
                || text is "(" || token.Kind == TokenKind.Word && text.Length >= 3 && IsAllCaps(text))
            {
                evidence = true;
            }
            if (t > sentence.FirstToken && IsDash(text) && FollowedBySpace(document, t))
            {
                if (!evidence)
                    return false;
                end = SkipTrailingPlace(document, t + 1, sentence.EndToken);
                return true;
            }
        }
        return false;
    }

    /// <summary>"KONTAN.CO.ID - JAKARTA. Kementerian ...": the place after the dash belongs to the dateline.</summary>
    private static int SkipTrailingPlace(Document document, int t, int sentenceEnd)
    {
        while (t < sentenceEnd && IsDash(document.TokenText(t)))
            t++;
        if (t + 1 < sentenceEnd && IsAllCaps(document.TokenText(t)) && document.TokenText(t + 1) is ".")
            return t + 2;
        return t;
    }

    private static bool IsDash(ReadOnlySpan<char> text) => text is "-" or "—" or "–" or "--";

    private static bool FollowedBySpace(Document document, int t) =>
        t + 1 >= document.Tokens.Length
        || document.Tokens[t + 1].Start > document.Tokens[t].End
        || IsDash(document.TokenText(t + 1));

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char c in text)
        {
            if (char.IsLower(c))
                return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }
}
