using AngleSharp.Dom;

namespace Pantau.Sources.Html;

/// <summary>
/// The page's &lt;meta&gt; tags by key, compared case-insensitively. A tag's key is its name, property or
/// itemprop attribute: sites mix them ("og:title" as a name, "article:published_time" as a property).
/// The first tag with non-blank content wins.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byHttpEquiv = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var key in new[] { meta.GetAttribute("name"), meta.GetAttribute("property"), meta.GetAttribute("itemprop") })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    _byName.TryAdd(key.Trim(), content.Trim());
                }
            }

            if (meta.GetAttribute("http-equiv") is { } httpEquiv && !string.IsNullOrWhiteSpace(httpEquiv))
            {
                _byHttpEquiv.TryAdd(httpEquiv.Trim(), content.Trim());
            }
        }
    }

    /// <summary>The content of the first tag whose name, property or itemprop is <paramref name="key"/>.</summary>
    public string? Get(string key) => _byName.GetValueOrDefault(key);

    public string? GetHttpEquiv(string header) => _byHttpEquiv.GetValueOrDefault(header);
}
