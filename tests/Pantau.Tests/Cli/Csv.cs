using System.Text;

namespace Pantau.Tests.Cli;

/// <summary>A strict RFC 4180 reader for checking pantau's CSV output: quoted cells may hold commas, quotes and line breaks.</summary>
internal static class Csv
{
    /// <summary>The rows of <paramref name="text"/>; throws <see cref="FormatException"/> on a stray quote or an unterminated quoted cell.</summary>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new FormatException($"unterminated quoted cell in row {rows.Count + 1}");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new FormatException($"text after a closing quote in row {rows.Count + 1}");
                continue;
            }
            switch (text[i])
            {
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                case '\n':
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i += text[i] == '\r' ? 2 : 1;
                    break;
                case '"':
                    throw new FormatException($"quote inside an unquoted cell in row {rows.Count + 1}");
                default:
                    cell.Append(text[i++]);
                    break;
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }
}
