using System.Text;

namespace Pantau.Sources.Text;

internal static class Whitespace
{
    /// <summary>
    /// Trims and turns every run of whitespace into one space, as a browser renders it. No-break spaces
    /// count as whitespace, so "DKK&amp;nbsp;2.1" reads as "DKK 2.1" to the number parser.
    /// </summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
