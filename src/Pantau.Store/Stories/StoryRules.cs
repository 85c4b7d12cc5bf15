using System.Globalization;

namespace Pantau.Store.Stories;

/// <summary>
/// How claims chain into stories. Kept in the database (table <c>pantau_meta</c>) so that every
/// ingest builds stories the same way until someone changes them with <c>pantau ingest
/// --window-days N --figure-ratio R</c>.
/// </summary>
/// <param name="WindowDays">
/// A claim joins a story when its time (else its document's publication date) starts at most
/// this many days after the story's latest time. Default 180: the months over which reports of
/// one deployment keep coming.
/// </param>
/// <param name="FigureRatio">
/// 0 (default): figures never split a story; disagreeing figures are shown side by side. A value
/// R &gt; 1: a claim whose figure is more than R times larger or smaller than a figure (in the same
/// unit) already in a story starts another story: "200 artillery pieces" and "12 howitzers" are
/// then two transfers, not two estimates of one.
/// </param>
public sealed record StoryRules(int WindowDays = StoryRules.DefaultWindowDays, decimal FigureRatio = 0)
{
    public const int DefaultWindowDays = 180;

    public static StoryRules Default { get; } = new();

    internal const string WindowKey = "story_window_days";
    internal const string RatioKey = "story_figure_ratio";

    internal IEnumerable<(string Key, string Value)> ToMeta() =>
    [
        (WindowKey, WindowDays.ToString(CultureInfo.InvariantCulture)),
        (RatioKey, FigureRatio.ToString(CultureInfo.InvariantCulture)),
    ];

    internal static StoryRules FromMeta(IReadOnlyDictionary<string, string> meta) => new(
        meta.TryGetValue(WindowKey, out var w) && int.TryParse(w, CultureInfo.InvariantCulture, out int days) ? days : DefaultWindowDays,
        meta.TryGetValue(RatioKey, out var r) && decimal.TryParse(r, CultureInfo.InvariantCulture, out decimal ratio) ? ratio : 0);

    public override string ToString() =>
        $"window {WindowDays} days, " + (FigureRatio > 0 ? $"figures within a factor of {FigureRatio.ToString(CultureInfo.InvariantCulture)}" : "figures never split stories");
}
