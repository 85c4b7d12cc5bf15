using Pantau.Numbers;

namespace Pantau.Store.Model;

/// <summary>
/// One claim as the store keeps it: every field of the extractor's <see cref="Claims.Claim"/>,
/// with spans turned into the words they cover (the document text itself is not stored) and
/// enum values as the output formats name them ("rocket_launchers", "unconfirmed").
/// </summary>
public sealed record ClaimRow
{
    public required string Type { get; init; }
    public required string Actor { get; init; }
    public string? ActorText { get; init; }
    public string? ActorRole { get; init; }
    public required string Recipient { get; init; }
    public string? RecipientText { get; init; }
    public string? RecipientRole { get; init; }
    public string? Item { get; init; }
    public string? ItemText { get; init; }
    public Quantity? Quantity { get; init; }
    public required string Modality { get; init; }
    public string? Stage { get; init; }

    /// <summary>"2024", "2025-02" or "2025-02-11", as the extractor gives it.</summary>
    public string? Time { get; init; }

    /// <summary>The first and last day of <see cref="Time"/>: 2024 is 2024-01-01 … 2024-12-31.</summary>
    public DateOnly? TimeStart { get; init; }
    public DateOnly? TimeEnd { get; init; }

    /// <summary>The time is the publication date, assumed for a pledge the text does not date.</summary>
    public bool TimeAssumed { get; init; }
    public string? Place { get; init; }
    public string? PlaceCode { get; init; }
    public required string Rule { get; init; }
    public IReadOnlyList<string> LexiconIds { get; init; } = [];
    public required string Quote { get; init; }
    public IReadOnlyList<AttributionRow> Attribution { get; init; } = [];
    public IReadOnlyList<EvidenceRow> Evidence { get; init; } = [];
}

/// <summary>Who says so: a code, the words naming the speaker, whether anonymous, the outlet spoken to.</summary>
public sealed record AttributionRow(string Code, string? SpeakerText, bool Anonymous, string? Channel);

/// <summary>A sentence making the claim, and its trigger: half-open offsets into the document text, with their words.</summary>
public sealed record EvidenceRow(int SentenceStart, int SentenceEnd, string Sentence, int TriggerStart, int TriggerEnd, string TriggerText);
