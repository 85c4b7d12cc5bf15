using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// Sets of cue kinds as one mask (<see cref="Mention.CueBit"/>): the claim rules ask almost every mention
/// whether it is one of several kinds ("a verb of saying", "an argument marker"), and one test of the
/// mention's mask answers where asking kind by kind took a test for each.
/// </summary>
internal static class CueMasks
{
    public static ulong Of(params ReadOnlySpan<CueKind> kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
            mask |= Mention.CueBit(kind);
        return mask;
    }

    /// <summary>Whether <paramref name="mention"/> is a cue of any kind in <paramref name="mask"/>.</summary>
    public static bool IsAnyCue(this Mention mention, ulong mask) => (mention.Cues & mask) != 0;
}
