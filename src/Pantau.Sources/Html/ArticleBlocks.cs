using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using Pantau.Sources.Text;

namespace Pantau.Sources.Html;

/// <summary>
/// Reads the article's paragraphs: each p, h2–h6, li and blockquote is one paragraph, its whitespace
/// collapsed. The h1 is left out: it is the headline, which the caller puts first.
/// </summary>
/// <remarks>
/// Some sites write the body as bare text with &lt;br&gt;&lt;br&gt; between paragraphs. Only when the root has
/// none of the blocks above is such loose text used, split at block elements and at double line breaks;
/// otherwise loose text is mostly datelines, labels and widget leftovers, and is left out.
/// </remarks>
internal sealed class ArticleBlocks
{
    private static readonly FrozenSet<string> ParagraphTags =
        FrozenSet.Create(StringComparer.Ordinal, "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote");

    // Elements that break a line when rendered: text on either side of them is not one word.
    private static readonly FrozenSet<string> LayoutTags = ParagraphTags
        .Concat(["address", "article", "dd", "div", "dl", "dt", "h1", "hr", "main", "ol", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"])
        .ToFrozenSet(StringComparer.Ordinal);

    private readonly List<string> _paragraphs = [];
    private readonly List<string> _looseParagraphs = [];
    private readonly StringBuilder _loose = new();
    private int _pendingLineBreaks;

    private ArticleBlocks()
    {
    }

    public static IReadOnlyList<string> Collect(IElement root)
    {
        var blocks = new ArticleBlocks();
        blocks.Visit(root);
        blocks.EndLooseParagraph();
        return blocks._paragraphs.Count > 0 ? blocks._paragraphs : blocks._looseParagraphs;
    }

    private void Visit(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendLoose(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    BreakLooseLine();
                    break;
                case IElement { LocalName: "h1" }:
                    EndLooseParagraph();
                    break;
                case IElement element when ParagraphTags.Contains(element.LocalName):
                    EndLooseParagraph();
                    AddParagraph(_paragraphs, RenderedText(element));
                    break;
                case IElement element when LayoutTags.Contains(element.LocalName):
                    EndLooseParagraph();
                    Visit(element);
                    EndLooseParagraph();
                    break;
                case IElement element:
                    Visit(element);
                    break;
            }
        }
    }

    private void AppendLoose(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _loose.Append(' ');
            return;
        }

        if (_pendingLineBreaks >= 2)
        {
            EndLooseParagraph();
        }

        _pendingLineBreaks = 0;
        _loose.Append(text);
    }

    private void BreakLooseLine()
    {
        _pendingLineBreaks++;
        _loose.Append(' ');
    }

    private void EndLooseParagraph()
    {
        AddParagraph(_looseParagraphs, _loose.ToString());
        _loose.Clear();
        _pendingLineBreaks = 0;
    }

    private static void AddParagraph(List<string> paragraphs, string text)
    {
        var collapsed = Whitespace.Collapse(text);
        if (collapsed.Length > 0)
        {
            paragraphs.Add(collapsed);
        }
    }

    /// <summary>The element's text as rendered on one line: a &lt;br&gt; or a nested block separates words.</summary>
    private static string RenderedText(IElement element)
    {
        var text = new StringBuilder();
        Render(element, text);
        return text.ToString();
    }

    private static void Render(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append(' ');
                    break;
                case IElement element when LayoutTags.Contains(element.LocalName):
                    text.Append(' ');
                    Render(element, text);
                    text.Append(' ');
                    break;
                case IElement element:
                    Render(element, text);
                    break;
            }
        }
    }
}
