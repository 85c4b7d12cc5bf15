namespace Pantau.Store.Model;

/// <summary>
/// A story as <c>pantau stories</c> lists it. <see cref="FirstSeen"/>/<see cref="LastSeen"/> are
/// the first and last publication dates of its documents; <see cref="TimeStart"/>/<see cref="TimeEnd"/>
/// the span of the times its claims give. <see cref="Origins"/> counts independent origins
/// (reprints of one wire story count once). <see cref="Sources"/> are attribution codes, most
/// frequent first; <see cref="Figures"/> the range the reported figures span, per unit
/// ("10,000–12,000"); <see cref="Modalities"/> the count of claims per modality ("asserted 9, unconfirmed 1").
/// </summary>
public sealed record StorySummary
{
    public required long Id { get; init; }
    public required string Type { get; init; }
    public required string Actor { get; init; }
    public required string Recipient { get; init; }
    public string? Item { get; init; }
    public DateOnly? FirstSeen { get; init; }
    public DateOnly? LastSeen { get; init; }
    public DateOnly? TimeStart { get; init; }
    public DateOnly? TimeEnd { get; init; }
    public int Claims { get; init; }
    public int Documents { get; init; }
    public int Origins { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public string Figures { get; init; } = "";
    public string Modalities { get; init; } = "";
}

/// <summary>One story in full: its summary and every claim, with its document and evidence.</summary>
public sealed record StoryDetail(StorySummary Summary, IReadOnlyList<StoredClaim> Claims);
