using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// A verb of saying (or "according to") with who says it. <see cref="SpeakerMentions"/> are the
/// words that name the speakers; <see cref="ReportingEnd"/> is the first token after the
/// reporting clause ("told AFP on Feb. 11"): a date before it dates the saying, not the event.
/// <see cref="Negated"/>: a verb of confirming under a negation ("Neither Moscow nor Pyongyang has
/// acknowledged"), which declines to confirm.
/// </summary>
internal sealed record SpeechAct(
    Mention Cue,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Mention> SpeakerMentions,
    bool SpeakerBeforeCue,
    int ReportingEnd,
    bool Negated)
{
    public bool Denies => Cue.IsCue(CueKind.Denial);

    public bool DeclinesToConfirm => !Denies && (Cue.IsCue(CueKind.Unconfirmed) || Negated);

    /// <summary>The speakers deny or decline to confirm: they are no source of the claim.</summary>
    public bool Disputes => Denies || DeclinesToConfirm;

    public Claims.Modality DisputeModality => Denies ? Claims.Modality.Denied : Claims.Modality.Unconfirmed;
}
