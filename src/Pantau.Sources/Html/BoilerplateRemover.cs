using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Pantau.Sources.Html;

/// <summary>
/// Removes what is not article text from a page's body: code, forms, site chrome, and elements whose
/// class or id names a non-article part ("share-buttons", "related-articles", "cookie-banner").
/// </summary>
internal static class BoilerplateRemover
{
    private const string NeverContentSelector =
        "script, style, noscript, template, nav, footer, aside, form, button, input, select, textarea, " +
        "iframe, svg, canvas, object, embed, figcaption, [hidden]";

    /// <summary>
    /// Words that mark a non-article part when they are a whole word of a class or id: "share-buttons"
    /// and "socialShare" match, "head-line" and "download" do not ("ad" must be a word of its own).
    /// </summary>
    private static readonly FrozenSet<string> BoilerplateWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "share", "sharing", "shares", "social", "related", "comment", "comments", "newsletter", "newsletters",
        "subscribe", "subscription", "advert", "adverts", "advertisement", "advertising", "ad", "ads", "promo",
        "promos", "promoted", "promotion", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "menu",
        "footer", "nav", "navbar", "navigation", "tags");

    public static void Remove(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(NeverContentSelector).ToList())
        {
            element.Remove();
        }

        // An article's own <header> holds its headline; the page's holds the logo and the menu.
        foreach (var header in body.QuerySelectorAll("header").Where(h => h.Closest("article") is null).ToList())
        {
            header.Remove();
        }

        foreach (var element in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (NamesBoilerplate(element) && !HoldsTheArticle(element))
            {
                element.Remove();
            }
        }
    }

    private static bool NamesBoilerplate(IElement element)
    {
        foreach (var name in element.ClassList.Append(element.Id ?? string.Empty))
        {
            foreach (var word in Words(name))
            {
                if (BoilerplateWords.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Sites tag the article or the page itself with classes such as "tag-ukraine" or "comments-open";
    // those must never take the article down with them.
    private static bool HoldsTheArticle(IElement element) =>
        element.LocalName is "html" or "body" or "main" or "article"
        || IsArticleBody(element)
        || element.QuerySelector("article, [itemprop=articleBody]") is not null;

    public static bool IsArticleBody(IElement element) =>
        string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits "related-articles", "share_bar" and "socialShare" into their words.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var isWordChar = i < name.Length && char.IsLetterOrDigit(name[i]);
            var camelBreak = isWordChar && start >= 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]);
            if (start >= 0 && (!isWordChar || camelBreak))
            {
                yield return name[start..i];
                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }
    }
}
