using System.Globalization;
using Pantau.Pipeline;

namespace Pantau.Cli.Output;

/// <summary>RFC 4180 CSV, one claim per row; attribution codes joined with ';'.</summary>
internal sealed class CsvClaimWriter : IClaimWriter
{
    private static readonly string[] Header =
    [
        "doc", "lang", "type", "actor", "recipient", "item", "quantity_value", "quantity_min", "quantity_max",
        "quantity_approx", "quantity_unit", "modality", "stage", "attribution", "time", "place",
        "evidence_start", "evidence_end", "sentence", "trigger", "rule",
    ];

    private readonly TextWriter _output;

    public CsvClaimWriter(TextWriter output)
    {
        _output = output;
        WriteRow(Header);
    }

    public void Write(ExtractionResult result)
    {
        foreach (var claim in result.Claims)
        {
            var record = new ClaimRecord(result, claim);
            var q = claim.Quantity;
            var evidence = claim.Evidence[0];
            WriteRow(
            [
                record.Doc, result.Language ?? "", Names.Of(claim.Type), claim.Actor.Code, claim.Recipient.Code,
                claim.Item is { } item ? Names.Of(item.Category) : "",
                Number(q?.Value), Number(q?.Min), Number(q?.Max), q?.Approx == true ? "true" : "", q?.Unit ?? "",
                Names.Of(claim.Modality), claim.Stage is { } s ? Names.Of(s) : "",
                string.Join(';', claim.Attribution.Select(a => a.Code)),
                claim.Time?.ToString() ?? "", claim.Place?.Name ?? "",
                evidence.Sentence.Start.ToString(CultureInfo.InvariantCulture),
                evidence.Sentence.End.ToString(CultureInfo.InvariantCulture),
                record.Text(evidence.Sentence), record.Text(evidence.Trigger), claim.Rule,
            ]);
        }
    }

    public void Complete() => _output.Flush();

    public void Dispose() => _output.Flush();

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private void WriteRow(IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                _output.Write(',');
            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                _output.Write('"' + cell.Replace("\"", "\"\"") + '"');
            else
                _output.Write(cell);
        }
        _output.Write("\r\n");
    }
}
