using Pantau.Languages;
using Pantau.Pipeline;
using Pantau.Text;

namespace Pantau.Numbers;

/// <summary>
/// Finds figures: "sekitar 11.000", "1,5 juta", "more than $65 billion", "C$406 million",
/// "five thousand", "10,000-12,000", "7.000 kontainer", and vague amounts ("sejumlah besar",
/// "hundreds of") that stand where a figure would. Tokens already read as dates are skipped.
/// A number glued to a hyphenated word ("2,000-pound"), followed by a measure ("152 mm") or a
/// percent sign describes something else and is no figure.
/// </summary>
public sealed class QuantityStage : IDocumentStage
{
    public void Process(Document document)
    {
        var inDate = new bool[document.Tokens.Length];
        foreach (var date in document.Dates)
        {
            for (int t = date.FirstToken; t < date.EndToken; t++)
                inDate[t] = true;
        }
        var found = new List<QuantityMention>();
        var tokens = document.Tokens;
        var index = document.Index;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken;)
            {
                // A figure starts with a number, a cue before one ("sekitar", "more than", "between"), a
                // currency or a number word: most tokens are none of these, and are passed over unread.
                if (!inDate[t] && (tokens[t].Kind == TokenKind.Number || index.StartingAt(t) is { } mention && MayStartFigure(mention))
                    && TryRead(document, t, sentence.EndToken, inDate, out var quantity))
                {
                    found.Add(quantity);
                    t = quantity.EndToken;
                }
                else
                {
                    t++;
                }
            }
        }
        document.Quantities = found;
    }

    private static readonly ulong FigureCues = Mention.CueBit(CueKind.VagueAmount) | Mention.CueBit(CueKind.Approx)
        | Mention.CueBit(CueKind.Min) | Mention.CueBit(CueKind.Max) | Mention.CueBit(CueKind.Range);

    /// <summary>The mentions <see cref="TryRead"/> can start a figure at, other than at a number.</summary>
    private static bool MayStartFigure(Mention mention) =>
        (mention.Cues & FigureCues) != 0 || mention.Has<UnitEntry>() || mention.Has<NumberEntry>();

    private enum Bound { None, Approx, Min, Max }

    private static bool TryRead(Document document, int start, int end, bool[] inDate, out QuantityMention quantity)
    {
        quantity = null!;
        var index = document.Index;
        var mention = index.StartingAt(start);
        if (mention is not null && mention.IsCue(CueKind.VagueAmount))
        {
            quantity = new QuantityMention(start, mention.EndToken, mention.Span, null);
            return true;
        }

        int t = start;
        var bound = Bound.None;
        if (mention is not null)
        {
            bound = mention.IsCue(CueKind.Approx) ? Bound.Approx
                : mention.IsCue(CueKind.Min) ? Bound.Min
                : mention.IsCue(CueKind.Max) ? Bound.Max
                : Bound.None;
            if (bound != Bound.None || mention.IsCue(CueKind.Range))
                t = mention.EndToken;
        }
        string? unit = null;
        if (index.StartingAt(t)?.Get<UnitEntry>() is { } before && Quantity.IsCurrency(before.Unit))
        {
            unit = before.Unit;
            t = index.StartingAt(t)!.EndToken;
        }
        if (t >= end || inDate[t] || IsPartOfName(document, t) || !TryReadNumber(document, t, end, out var value, out int after))
            return false;
        if (DescribesSomethingElse(document, after, end))
            return false;

        decimal? upper = null;
        // "between eight and 12", "antara 10 dan 12": a range cue before the first figure lets "and" join the second.
        bool between = mention is not null && mention.IsCue(CueKind.Range) && mention.EndToken == t;
        if (after + 1 < end && (IsRangeJoiner(document, after) || between && document.Index.IsCueAt(after, CueKind.Coordination)) && !inDate[after + 1]
            && TryReadNumber(document, after + 1, end, out var second, out int secondEnd) && second > value)
        {
            upper = second;
            after = secondEnd;
        }
        if (unit is null && index.StartingAt(after)?.Get<UnitEntry>() is { } trailing)
        {
            unit = trailing.Unit;
            after = index.StartingAt(after)!.EndToken;
        }
        var figure = upper is { } hi ? new Quantity(null, value, hi, false, unit)
            : bound switch
            {
                Bound.Approx => new Quantity(value, null, null, true, unit),
                Bound.Min => new Quantity(null, value, null, false, unit),
                Bound.Max => new Quantity(null, null, value, false, unit),
                _ => new Quantity(value, null, null, false, unit),
            };
        quantity = new QuantityMention(start, after, document.SpanOf(start, after), figure);
        return true;
    }

    /// <summary>A number in digits or words, then any multipliers: "1,5 juta", "five thousand", "2.3 billion".</summary>
    private static bool TryReadNumber(Document document, int t, int end, out decimal value, out int after)
    {
        value = 0;
        after = t;
        var index = document.Index;
        if (document.Tokens[t].Kind == TokenKind.Number)
        {
            if (!NumberParser.TryParse(document.TokenText(t), document.Language.Profile, out value))
                return false;
            after = t + 1;
        }
        else if (index.StartingAt(t)?.Get<NumberEntry>() is { Kind: NumberWordKind.Number } word)
        {
            value = word.Value;
            after = index.StartingAt(t)!.EndToken;
        }
        else
        {
            return false;
        }
        while (after < end && index.StartingAt(after)?.Get<NumberEntry>() is { Kind: NumberWordKind.Multiplier } multiplier)
        {
            value *= multiplier.Value;
            after = index.StartingAt(after)!.EndToken;
        }
        // Dividing by 1.000… drops trailing zeros: 1.5 × 1000000 prints as 1500000, not 1500000.0. A whole number
        // written as one (scale 0, most figures) has none to drop, and is spared a decimal division.
        if (value.Scale != 0)
            value = decimal.Round(value, 2) / 1.000000000000000000000000000000000m;
        return true;
    }

    /// <summary>"F-16", "Leopard 2", "Hwasong-11": a number inside a listed name, or glued to a word by a hyphen, is no figure.</summary>
    private static bool IsPartOfName(Document document, int t)
    {
        if (document.Index.At(t) is { } mention && mention.FirstToken < t && !mention.Has<NumberEntry>())
            return true;
        return t >= 2 && document.TokenText(t - 1) is "-"
            && document.Tokens[t - 1].End == document.Tokens[t].Start
            && document.Tokens[t - 2].End == document.Tokens[t - 1].Start
            && document.Tokens[t - 2].Kind == TokenKind.Word;
    }

    private static bool IsRangeJoiner(Document document, int t)
    {
        var text = document.TokenText(t);
        if (text is "-" or "–" or "—")
            return true;
        var mention = document.Index.StartingAt(t);
        return mention is not null && mention.EndToken == t + 1
            && (mention.IsCue(CueKind.Range) || mention.IsCue(CueKind.Max) || mention.IsCue(CueKind.RecipientMarker));
    }

    private static bool DescribesSomethingElse(Document document, int after, int end)
    {
        if (after >= end)
            return false;
        var text = document.TokenText(after);
        if (text is "%" or "％")
            return true;
        bool glued = document.Tokens[after].Start == document.Tokens[after - 1].End;
        if (glued && text is "-" && after + 1 < end && document.Tokens[after + 1].Kind == TokenKind.Word)
            return true;
        return document.Index.StartingAt(after)?.IsCue(CueKind.Measure) == true;
    }
}
