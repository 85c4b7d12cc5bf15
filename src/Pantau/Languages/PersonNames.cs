using System.Collections.Frozen;
using Pantau.Text;

namespace Pantau.Languages;

/// <summary>
/// Words of a person's full name that stand for the person once the story has named them:
/// "Shin" for "Shin Won-sik", "Fiala" for "Petr Fiala", "Kim" for whichever Kim the story named.
/// A name row is a leader's or official's row of two or more words none of which names a state
/// ("Presiden Korea Selatan" is a title: "Korea" names a state); its first and last word
/// qualify unless they occur in a row that is not a name ("Presiden"). So a linguist lists full
/// names and the short forms follow.
/// </summary>
internal static class PersonNames
{
    private const int MinLength = 3;

    public static FrozenSet<string> ShortForms(IEnumerable<LexiconEntry> entries, Tokenizer tokenizer)
    {
        var rows = entries.OfType<ActorEntry>()
            .Select(a => (Actor: a, Words: tokenizer.Tokenize(a.Form).Where(t => t.Kind == TokenKind.Word).Select(t => a.Form[t.Start..t.End]).ToList()))
            .ToList();
        var otherWords = rows.Where(r => r.Actor.Role is ActorRole.State or ActorRole.Capital or ActorRole.Demonym)
            .SelectMany(r => r.Words).ToHashSet(StringComparer.Ordinal);
        var names = rows.Where(r => r.Actor.Role is ActorRole.Leader or ActorRole.Official && r.Words.Count >= 2 && !r.Words.Any(otherWords.Contains)).ToList();
        var nameWords = names.SelectMany(r => r.Words).ToHashSet(StringComparer.Ordinal);
        // A word also found in a person row that is not a name ("Menteri" in "Menteri Pertahanan Korea Selatan") is a title.
        var titleWords = rows.Where(r => r.Actor.Role is ActorRole.Leader or ActorRole.Official && r.Words.Any(otherWords.Contains))
            .SelectMany(r => r.Words).ToHashSet(StringComparer.Ordinal);
        return names.SelectMany(r => new[] { r.Words[0], r.Words[^1] })
            .Where(w => w.Length >= MinLength && char.IsUpper(w[0]) && !titleWords.Contains(w) && nameWords.Contains(w))
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
