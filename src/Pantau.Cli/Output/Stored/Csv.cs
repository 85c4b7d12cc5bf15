namespace Pantau.Cli.Output.Stored;

/// <summary>RFC 4180 rows: cells with a comma, quote or line break are quoted.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter output, IReadOnlyList<string?> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                output.Write(',');
            var cell = cells[i] ?? "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                output.Write('"' + cell.Replace("\"", "\"\"") + '"');
            else
                output.Write(cell);
        }
        output.Write("\r\n");
    }
}

/// <summary>Aligned columns for a terminal: header, rows, and an optional indented line under each row.</summary>
internal static class Table
{
    public static void Write(TextWriter output, string[] header, IReadOnlyList<(string[] Cells, string? Below)> rows, int width)
    {
        var widths = Enumerable.Range(0, header.Length).Select(c => Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r.Cells[c].Length))).ToArray();
        output.WriteLine(Line(header, widths));
        foreach (var (cells, below) in rows)
        {
            output.WriteLine(Line(cells, widths));
            if (below is not null)
                output.WriteLine("    " + Shorten(below.ReplaceLineEndings(" "), width - 6));
        }
    }

    public static string Shorten(string text, int room) =>
        room < 10 || text.Length <= room ? text : text[..(room - 1)] + "…";

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd();
}
