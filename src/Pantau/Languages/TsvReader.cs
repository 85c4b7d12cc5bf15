namespace Pantau.Languages;

/// <summary>A data row of a lexicon file, with its 1-based line number.</summary>
internal readonly record struct TsvRow(int Line, string[] Cells);

/// <summary>
/// Reads a lexicon TSV file: '#' comments and blank lines skipped, the first other line is
/// the header and must equal <paramref name="columns"/>; rows must have exactly that many cells.
/// Problems are reported as "path:line: message" and the row is skipped.
/// </summary>
internal static class TsvReader
{
    public static IEnumerable<TsvRow> Read(TextReader reader, string path, string[] columns, List<string> problems)
    {
        bool headerSeen = false;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (!cells.SequenceEqual(columns))
                {
                    problems.Add($"{path}:{lineNumber}: header must be '{string.Join("<TAB>", columns)}', found '{line.Replace("\t", "<TAB>")}'");
                    yield break;
                }
                continue;
            }
            if (cells.Length != columns.Length)
            {
                problems.Add($"{path}:{lineNumber}: expected {columns.Length} tab-separated columns ({string.Join(", ", columns)}), found {cells.Length}");
                continue;
            }
            if (cells.Any(c => c.Length == 0 || c != c.Trim()))
            {
                problems.Add($"{path}:{lineNumber}: empty cell or cell with surrounding spaces");
                continue;
            }
            yield return new TsvRow(lineNumber, cells);
        }
        if (!headerSeen)
            problems.Add($"{path}: no header line");
    }
}
