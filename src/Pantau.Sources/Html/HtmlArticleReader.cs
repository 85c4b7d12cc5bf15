using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pantau.Sources.Metadata;
using Pantau.Sources.Text;

namespace Pantau.Sources.Html;

/// <summary>
/// Extracts the article from an HTML page: metadata from the head, then the body without boilerplate,
/// written as the headline, a blank line, and one paragraph per block separated by blank lines.
/// </summary>
/// <remarks>
/// Parsing is offline: AngleSharp's parser alone loads no scripts, styles or frames. The page is decoded
/// by us (strict UTF-8 or UTF-16 with a byte order mark), so a &lt;meta charset&gt; is not consulted.
/// </remarks>
internal static class HtmlArticleReader
{
    public static readonly SourceFailure NoArticleText = new(SourceErrorKind.NoArticleText, "no article text found in the HTML");

    /// <summary>Reads the page <paramref name="html"/> from <paramref name="origin"/>, or fails with <see cref="NoArticleText"/>.</summary>
    public static SourceItem Read(string origin, string html)
    {
        var document = new HtmlParser().ParseDocument(html);

        // Collected before the clean-up below, which removes the JSON-LD scripts.
        var meta = new MetaTags(document);
        var metadataDate = MetadataDates(document, meta).Select(MetadataDate.Parse).FirstOrDefault(d => d is not null);

        if (document.Body is not { } body)
        {
            return NoArticleText.At(origin);
        }

        BoilerplateRemover.Remove(body);
        var root = ArticleRoot.Find(body);
        var paragraphs = ArticleBlocks.Collect(root);
        if (paragraphs.Count == 0)
        {
            return NoArticleText.At(origin);
        }

        var article = root.Closest("article") ?? root;
        var headline = Headline(document, meta, article);
        var text = string.Join("\n\n", headline is null ? paragraphs : paragraphs.Prepend(headline));
        var date = metadataDate ?? MetadataDate.Parse(article.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        return SourceItem.Of(new SourceDocument(
            Id: origin,
            Origin: origin,
            Line: null,
            Text: text,
            Title: headline,
            Date: date,
            Language: Language(document, meta),
            Url: NonBlank(meta.Get("og:url")) ?? NonBlank(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")),
            Format: SourceFormat.Html));
    }

    /// <summary>og:title, else the article's first h1, else &lt;title&gt; without its " | Site" suffix.</summary>
    private static string? Headline(IDocument document, MetaTags meta, IElement article) =>
        NonBlank(meta.Get("og:title"))
        ?? NonBlank(article.QuerySelector("h1")?.TextContent)
        ?? NonBlank(WithoutSiteName(document.Title));

    // The date candidates from the head, best first; the article's <time> is the last resort, read after clean-up.
    private static IEnumerable<string?> MetadataDates(IDocument document, MetaTags meta)
    {
        yield return meta.Get("article:published_time");
        yield return meta.Get("og:published_time");
        foreach (var date in JsonLdDates.DatesPublished(document))
        {
            yield return date;
        }

        foreach (var name in new[] { "date", "pubdate", "publishdate", "dc.date", "datePublished" })
        {
            yield return meta.Get(name);
        }
    }

    private static string? Language(IDocument document, MetaTags meta) =>
        LanguageCode.Normalize(document.DocumentElement.GetAttribute("lang"))
        ?? LanguageCode.Normalize(meta.Get("og:locale"))
        ?? LanguageCode.Normalize(meta.GetHttpEquiv("content-language"))
        ?? LanguageCode.Normalize(meta.Get("language"));

    /// <summary>"Denmark pledges jets | Daily Wire" becomes "Denmark pledges jets"; separators need spaces around them, so "F-16" is safe.</summary>
    private static string? WithoutSiteName(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var cut = new[] { " | ", " - ", " – ", " — " }
            .Select(separator => title.LastIndexOf(separator, StringComparison.Ordinal))
            .Max();
        return cut > 0 && !string.IsNullOrWhiteSpace(title[..cut]) ? title[..cut] : title;
    }

    private static string? NonBlank(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = Whitespace.Collapse(value);
        return collapsed.Length > 0 ? collapsed : null;
    }
}
