namespace Pantau.Store.Model;

/// <summary>
/// What <c>pantau claims</c>, <c>pantau stories</c> and <c>pantau export</c> select. Every set
/// field must hold (AND); null fields select everything. Codes and names compare exactly
/// (upper-case codes, lower-case names as the output writes them); <see cref="Search"/> is a
/// case-insensitive substring of an evidence sentence. <see cref="Since"/>/<see cref="Until"/>
/// keep claims whose time (else the publication date) overlaps the range. A story matches when
/// at least one of its claims does.
/// </summary>
public sealed record ClaimFilter
{
    public string? Actor { get; init; }
    public string? Recipient { get; init; }
    public string? Type { get; init; }
    public string? Item { get; init; }
    public string? Modality { get; init; }
    public string? Attribution { get; init; }
    public string? Language { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public string? Search { get; init; }
    public long? StoryId { get; init; }

    public static ClaimFilter All { get; } = new();
}
