using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// A verb of saying (or "according to") with who says it. <see cref="SpeakerMentions"/> are the
/// words that name the speakers; <see cref="ReportingEnd"/> is the first token after the
/// reporting clause ("told AFP on Feb. 11"): a date before it dates the saying, not the event.
/// </summary>
internal sealed record SpeechAct(
    Mention Cue,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Mention> SpeakerMentions,
    bool SpeakerBeforeCue,
    int ReportingEnd);
