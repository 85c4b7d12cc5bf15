namespace Pantau.Languages;

/// <summary>Lexicon files that cannot be loaded; each problem names its file and line.</summary>
public sealed class LexiconException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : $"{problems.Count} problems in the lexicons, the first: {problems[0]}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
