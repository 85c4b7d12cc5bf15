using System.Collections.Frozen;
using Pantau.Text;

namespace Pantau.Languages;

/// <summary>
/// Words of a person's full name that stand for the person once the story has named them:
/// "Shin" for "Shin Won-sik", "Fiala" for "Petr Fiala". Only the first and last word count, and
/// only a word no other actor's row shares ("Presiden" in "Presiden Rusia" and "Presiden Korea
/// Selatan" stands for no one), so a linguist lists full names and the short forms follow.
/// </summary>
internal static class PersonNames
{
    private const int MinLength = 3;

    public static FrozenDictionary<string, ActorEntry> Aliases(IEnumerable<LexiconEntry> entries, Tokenizer tokenizer)
    {
        var codes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var actor in entries.OfType<ActorEntry>())
        {
            var words = tokenizer.Tokenize(actor.Form).Where(t => t.Kind == TokenKind.Word)
                .Select(t => actor.Form[t.Start..t.End]).ToList();
            foreach (var word in words)
            {
                if (!codes.TryGetValue(word, out var set))
                    codes[word] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(actor.Code);
            }
            if (actor.Role is ActorRole.Leader or ActorRole.Official && words.Count >= 2)
            {
                foreach (var word in (string[])[words[0], words[^1]])
                {
                    if (word.Length >= MinLength && char.IsUpper(word[0]))
                        candidates.TryAdd(word, actor);
                }
            }
        }
        return candidates.Where(c => codes[c.Key].Count == 1).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
