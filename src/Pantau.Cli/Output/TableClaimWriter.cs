using Pantau.Pipeline;

namespace Pantau.Cli.Output;

/// <summary>
/// A readable table for a terminal: one block per document, one row per claim, then the
/// trigger in its sentence, shortened to the terminal's width.
/// </summary>
internal sealed class TableClaimWriter(TextWriter output, int width) : IClaimWriter
{
    private static readonly string[] Columns = ["TYPE", "ACTOR", "RECIPIENT", "ITEM", "QUANTITY", "MODALITY", "STAGE", "SAID BY", "TIME", "PLACE"];

    public void Write(ExtractionResult result)
    {
        var date = result.Document?.PublicationDate is { } d ? d.ToString("yyyy-MM-dd") : "no date";
        output.WriteLine($"{result.Article.Id}  ({result.Language ?? "?"}, {date}): {Count(result.Claims.Count)}");
        if (result.Claims.Count == 0)
        {
            output.WriteLine();
            return;
        }
        var rows = new List<string[]> { Columns };
        foreach (var claim in result.Claims)
        {
            rows.Add(
            [
                Names.Of(claim.Type), claim.Actor.Code, claim.Recipient.Code,
                claim.Item is { } item ? Names.Of(item.Category) : "-",
                claim.Quantity?.ToString() ?? "-",
                Names.Of(claim.Modality),
                claim.Stage is { } s ? Names.Of(s) : "-",
                claim.Attribution.Count > 0 ? string.Join(",", claim.Attribution.Select(a => a.Code)) : "-",
                claim.Time?.ToString() ?? "-",
                claim.Place?.Name ?? "-",
            ]);
        }
        var widths = Enumerable.Range(0, Columns.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (int r = 0; r < rows.Count; r++)
        {
            output.WriteLine("  " + string.Join("  ", rows[r].Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
            if (r > 0)
                output.WriteLine("      " + Snippet(new ClaimRecord(result, result.Claims[r - 1])));
        }
        output.WriteLine();
    }

    public void Complete() => output.Flush();

    public void Dispose() => output.Flush();

    private static string Count(int n) => n == 1 ? "1 claim" : $"{n} claims";

    /// <summary>The sentence around the trigger, the trigger in brackets, cut to the width.</summary>
    private string Snippet(ClaimRecord record)
    {
        var evidence = record.Claim.Evidence[0];
        var before = record.Text(new Text.TextSpan(evidence.Sentence.Start, evidence.Trigger.Start));
        var trigger = record.Text(evidence.Trigger);
        var after = record.Text(new Text.TextSpan(evidence.Trigger.End, evidence.Sentence.End));
        int room = Math.Max(40, width - 8) - trigger.Length - 2;
        int left = Math.Min(before.Length, room / 2);
        int right = Math.Min(after.Length, room - left);
        var text = (left < before.Length ? "…" + before[^left..] : before) + "[" + trigger + "]"
            + (right < after.Length ? after[..right] + "…" : after);
        return text.ReplaceLineEndings(" ");
    }
}
