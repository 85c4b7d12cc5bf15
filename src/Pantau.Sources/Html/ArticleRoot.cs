using AngleSharp.Dom;

namespace Pantau.Sources.Html;

/// <summary>Chooses the element that holds the article, once boilerplate is removed.</summary>
internal static class ArticleRoot
{
    /// <summary>
    /// The marked-up article body ([itemprop=articleBody]) if there is one, else the &lt;article&gt; with the
    /// most paragraph text (a page may also use &lt;article&gt; for teasers), else the element with the most
    /// text in its direct &lt;p&gt; children, else the body itself.
    /// </summary>
    public static IElement Find(IElement body)
    {
        var articleBody = body.QuerySelectorAll("[itemprop]").FirstOrDefault(BoilerplateRemover.IsArticleBody);
        if (articleBody is not null && HasText(articleBody))
        {
            return articleBody;
        }

        var article = body.QuerySelectorAll("article")
            .Where(HasText)
            .MaxBy(a => a.QuerySelectorAll("p").Sum(TextLength));
        if (article is not null)
        {
            return article;
        }

        // OrderByDescending is stable: of equally dense elements the first in the page wins.
        var densest = body.QuerySelectorAll("p")
            .Where(p => p.ParentElement is not null)
            .GroupBy(p => p.ParentElement!)
            .Select(g => (Parent: g.Key, Length: g.Sum(TextLength)))
            .Where(candidate => candidate.Length > 0)
            .OrderByDescending(candidate => candidate.Length)
            .Select(candidate => candidate.Parent)
            .FirstOrDefault();
        return densest ?? body;
    }

    private static bool HasText(IElement element) => TextLength(element) > 0;

    private static int TextLength(IElement element) => element.TextContent.AsSpan().Trim().Length;
}
