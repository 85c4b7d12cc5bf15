using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Pipeline;
using Pantau.Text;

namespace Pantau.Dates;

/// <summary>
/// Finds time expressions and resolves them against the publication date:
/// "11 Februari 2025", "Feb. 11", "February 2024", "(28/1/2025)", "2024", "on Monday",
/// "tahun lalu". Month and weekday names and relative words come from the language's
/// <c>dates.tsv</c>; the order of numeric dates from its profile. When the caller gave no
/// publication date, the dateline's date or the first complete date of the opening
/// paragraphs stands in for it.
/// </summary>
public sealed class DateStage : IDocumentStage
{
    private const int MinYear = 1945;
    private const int MaxYear = 2100;
    private const int OpeningSentences = 4;

    public void Process(Document document)
    {
        var raw = new List<RawDate>();
        var tokens = document.Tokens;
        var index = document.Index;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken;)
            {
                // A date starts with a number or a date word: most tokens are neither.
                if ((tokens[t].Kind == TokenKind.Number || index.StartingAt(t)?.Has<DateWordEntry>() == true)
                    && TryRead(document, t, sentence.EndToken, out var date))
                {
                    raw.Add(date);
                    t = date.End;
                }
                else
                {
                    t++;
                }
            }
        }
        document.PublicationDate ??= InferPublicationDate(document, raw);
        // Filled by a loop: a Select over the raw dates cost a closure and an iterator a document.
        var dates = new List<DateMention>(raw.Count);
        foreach (var r in raw)
            dates.Add(new DateMention(r.First, r.End, document.SpanOf(r.First, r.End), Resolve(r, document.PublicationDate), IsOpenRange(document, r.First)));
        document.Dates = dates;
    }

    /// <summary>A date as written: any part may be missing until resolved.</summary>
    private readonly record struct RawDate(int First, int End, int? Year, int? Month, int? Day, int? Weekday, DateWordKind? Relative, int Offset);

    private static DateOnly? InferPublicationDate(Document document, List<RawDate> dates)
    {
        int openingEnd = document.Sentences.Length > OpeningSentences
            ? document.Sentences[OpeningSentences].FirstToken
            : document.Tokens.Length;
        foreach (var d in dates)
        {
            if (d.First >= openingEnd)
                break;
            if (d is { Year: int y, Month: int m, Day: int day } && IsValid(y, m, day))
                return new DateOnly(y, m, day);
        }
        return null;
    }

    private static bool IsOpenRange(Document document, int first) =>
        document.Index.EndingBefore(first)?.IsCue(CueKind.OpenRange) == true;

    private static PartialDate? Resolve(RawDate raw, DateOnly? published)
    {
        if (raw.Relative is { } relative)
        {
            if (published is not { } p)
                return null;
            return relative switch
            {
                DateWordKind.RelativeDay => PartialDate.Of(p.AddDays(raw.Offset)),
                DateWordKind.RelativeMonth => new PartialDate(p.AddMonths(raw.Offset).Year, p.AddMonths(raw.Offset).Month),
                _ => raw.Month is int m ? new PartialDate(p.Year + raw.Offset, m) : new PartialDate(p.Year + raw.Offset),
            };
        }
        if (raw.Weekday is int weekday && raw.Month is null)
        {
            if (published is not { } p)
                return null;
            // News reports the past: "on Monday" is the last Monday on or before publication.
            int back = ((int)p.DayOfWeek + 6) % 7 + 1 - weekday;
            if (back < 0)
                back += 7;
            return PartialDate.Of(p.AddDays(-back));
        }
        if (raw.Month is not int month)
            return raw.Year is int y ? new PartialDate(y) : null;
        int year;
        if (raw.Year is int given)
        {
            year = given;
        }
        else if (published is { } p)
        {
            // A day and month without a year are the latest such date not far after publication.
            year = p.Year;
            var candidate = new DateOnly(year, month, Math.Min(raw.Day ?? 1, DateTime.DaysInMonth(year, month)));
            if (candidate > p.AddDays(31))
                year--;
        }
        else
        {
            return null;
        }
        if (raw.Day is int day)
            return IsValid(year, month, day) ? new PartialDate(year, month, day) : null;
        return new PartialDate(year, month);
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool TryRead(Document document, int t, int end, out RawDate date)
    {
        date = default;
        var index = document.Index;
        var word = index.StartingAt(t)?.Get<DateWordEntry>();
        // "may" is a modal, "May" a month: a month name that is also another word must be capitalised.
        if (word is { Kind: DateWordKind.Month } && index.StartingAt(t)!.Entries.Count > 1 && !char.IsUpper(document.Text[document.Tokens[t].Start]))
            word = null;
        if (word is { Kind: DateWordKind.Weekday })
        {
            int next = SkipSymbols(document, index.StartingAt(t)!.EndToken, end, ",", "(");
            if (TryRead(document, next, end, out var following) && following.Weekday is null && following.Relative is null)
            {
                int close = following.End < end && document.TokenText(following.End) is ")" ? following.End + 1 : following.End;
                date = following with { First = t, End = close };
                return true;
            }
            date = new RawDate(t, index.StartingAt(t)!.EndToken, null, null, null, word.Value, null, 0);
            return true;
        }
        if (word is { Kind: DateWordKind.RelativeDay or DateWordKind.RelativeMonth or DateWordKind.RelativeYear })
        {
            date = new RawDate(t, index.StartingAt(t)!.EndToken, null, null, null, null, word.Kind, word.Value);
            return true;
        }
        if (word is { Kind: DateWordKind.Month })
        {
            int after = SkipSymbols(document, index.StartingAt(t)!.EndToken, end, ".");
            if (Integer(document, after, end) is int n)
            {
                if (n is >= 1 and <= 31 && !IsYear(document, after))
                {
                    // "Feb. 11", "February 11, 2025"
                    int yearAt = SkipSymbols(document, after + 1, end, ",");
                    if (Year(document, yearAt, end) is int y)
                    {
                        date = new RawDate(t, yearAt + 1, y, word.Value, n, null, null, 0);
                        return true;
                    }
                    date = new RawDate(t, after + 1, null, word.Value, n, null, null, 0);
                    return true;
                }
                if (Year(document, after, end) is int year)
                {
                    date = new RawDate(t, after + 1, year, word.Value, null, null, null, 0);
                    return true;
                }
            }
            // "June last year", "Juni tahun lalu": the month of the year the relative word names.
            int monthEnd = index.StartingAt(t)!.EndToken;
            if (index.StartingAt(monthEnd)?.Get<DateWordEntry>() is { Kind: DateWordKind.RelativeYear } yearWord)
            {
                date = new RawDate(t, index.StartingAt(monthEnd)!.EndToken, null, word.Value, null, null, DateWordKind.RelativeYear, yearWord.Value);
                return true;
            }
            date = new RawDate(t, monthEnd, null, word.Value, null, null, null, 0);
            return true;
        }
        if (document.Tokens[t].Kind != TokenKind.Number || Integer(document, t, end) is not int first)
            return false;
        // "11 Februari 2025", "11. Februar"
        int monthAt = SkipSymbols(document, t + 1, end, ".");
        if (first is >= 1 and <= 31 && index.StartingAt(monthAt)?.Get<DateWordEntry>() is { Kind: DateWordKind.Month } month)
        {
            int monthEnd = index.StartingAt(monthAt)!.EndToken;
            if (Year(document, monthEnd, end) is int y)
            {
                date = new RawDate(t, monthEnd + 1, y, month.Value, first, null, null, 0);
                return true;
            }
            date = new RawDate(t, monthEnd, null, month.Value, first, null, null, 0);
            return true;
        }
        if (TryReadNumeric(document, t, end, out date))
            return true;
        if (IsYear(document, t) && !StartsFigure(document, t + 1))
        {
            date = new RawDate(t, t + 1, first, null, null, null, null, 0);
            return true;
        }
        return false;
    }

    /// <summary>"28/1/2025", "16/7", "2025-02-11", ordered as the language's profile says.</summary>
    private static bool TryReadNumeric(Document document, int t, int end, out RawDate date)
    {
        date = default;
        if (t + 2 >= end || document.TokenText(t + 1) is not ("/" or "-" or "."))
            return false;
        var separator = document.TokenText(t + 1);
        if (document.Tokens[t + 1].Start != document.Tokens[t].End || Integer(document, t + 2, end) is not int second)
            return false;
        int first = Integer(document, t, end)!.Value;
        int? third = t + 4 < end + 1 && t + 4 <= end - 1 && document.TokenText(t + 3).SequenceEqual(separator)
            ? Integer(document, t + 4, end) : null;
        int last = third is null ? t + 3 : t + 5;
        if (first >= 1000 && third is int isoDay)
        {
            if (!IsValid(first, second, isoDay))
                return false;
            date = new RawDate(t, last, first, second, isoDay, null, null, 0);
            return true;
        }
        if (separator is "-" && third is null)
            return false; // "10-12" is a range of figures, not a date
        var order = document.Language.Profile.NumericDateOrder;
        var (day, month) = order == NumericDateOrder.Mdy ? (second, first) : (first, second);
        if (month is < 1 or > 12 || day is < 1 or > 31)
            return false;
        int? year = third is int y ? (y < 100 ? 2000 + y : y) : null;
        if (year is int checkedYear && !IsValid(checkedYear, month, day))
            return false;
        date = new RawDate(t, last, year, month, day, null, null, 0);
        return true;
    }

    /// <summary>
    /// Past the tokens at <paramref name="t"/> that are one of <paramref name="symbols"/>. The symbols are a span and
    /// the tokens compared where they stand: every number is read as a possible date, and an array of symbols and a
    /// string of the token were made for each.
    /// </summary>
    private static int SkipSymbols(Document document, int t, int end, params ReadOnlySpan<string> symbols)
    {
        while (t < end && document.Tokens[t].Kind == TokenKind.Symbol && IsOneOf(document.TokenText(t), symbols))
            t++;
        return t;
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, ReadOnlySpan<string> symbols)
    {
        foreach (var symbol in symbols)
        {
            if (text.SequenceEqual(symbol))
                return true;
        }
        return false;
    }

    private static int? Integer(Document document, int t, int end)
    {
        if (t >= end || document.Tokens[t].Kind != TokenKind.Number)
            return null;
        var text = document.TokenText(t);
        if (text.Length > 4)
            return null;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
                return null;
        }
        return int.Parse(text);
    }

    private static bool IsYear(Document document, int t) =>
        t < document.Tokens.Length && document.Tokens[t].Kind == TokenKind.Number && document.TokenText(t).Length == 4
        && Integer(document, t, document.Tokens.Length) is int y && y is >= MinYear and <= MaxYear;

    private static int? Year(Document document, int t, int end) =>
        t < end && IsYear(document, t) ? Integer(document, t, end) : null;

    /// <summary>"2000 troops", "2024 drones": a year-like number before an item, unit or multiplier is a figure.</summary>
    private static bool StartsFigure(Document document, int t) =>
        document.Index.StartingAt(t) is { } m
        && (m.Has<ItemEntry>() || m.Has<UnitEntry>() || m.Get<NumberEntry>() is { Kind: NumberWordKind.Multiplier });
}
