using Pantau.Claims;
using Pantau.Dates;
using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Text;

namespace Pantau.Pipeline;

/// <summary>A trigger word that made no claim: "did not send" (a plain negation), or no parties found.</summary>
public readonly record struct SkippedTrigger(TextSpan Trigger, string Reason);

/// <summary>
/// One article as it moves through the pipeline: the original text, never altered, and the
/// annotations each stage adds (tokens, sentences, mentions, figures, dates, claims), all as
/// offsets into <see cref="Text"/>. A document is owned by one thread at a time.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, LanguageData language, DateOnly? publicationDate)
    {
        Id = id;
        Text = text;
        Language = language;
        PublicationDate = publicationDate;
    }

    public string Id { get; }

    public string Text { get; }

    public LanguageData Language { get; }

    /// <summary>The anchor for relative dates: given by the caller, or read from the dateline.</summary>
    public DateOnly? PublicationDate { get; set; }

    public Token[] Tokens { get; set; } = [];

    public Sentence[] Sentences { get; set; } = [];

    // The annotation lists are concrete, like Tokens and Claims: the stages index them in their hot loops,
    // where each Count and indexer of an IReadOnlyList was an interface call.

    /// <summary>Lexicon matches in text order, not overlapping.</summary>
    public List<Mention> Mentions { get; set; } = [];

    /// <summary>Looks up mentions by token; set with <see cref="Mentions"/>.</summary>
    internal MentionIndex Index { get; set; } = null!;

    /// <summary>The dateline ("SEOUL, Feb. 11 (Yonhap) --"), whose words are not part of any claim.</summary>
    public TextSpan? Dateline { get; set; }

    /// <summary>The outlet named in the dateline, if any.</summary>
    public string? Outlet { get; set; }

    public List<QuantityMention> Quantities { get; set; } = [];

    public List<DateMention> Dates { get; set; } = [];

    public List<Claim> Claims { get; } = [];

    /// <summary>Trigger words that made no claim, and why: what <c>--trace</c> shows a linguist.</summary>
    public List<SkippedTrigger> SkippedTriggers { get; } = [];

    public string SliceString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> TokenText(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].End - Tokens[index].Start);

    /// <summary>The span covering tokens <c>[first, end)</c>.</summary>
    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);
}
