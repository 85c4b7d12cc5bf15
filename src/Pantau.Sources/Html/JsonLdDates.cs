using System.Text.Json;
using AngleSharp.Dom;

namespace Pantau.Sources.Html;

/// <summary>
/// Finds "datePublished" in the page's JSON-LD (&lt;script type="application/ld+json"&gt;), in document
/// order, looking inside arrays and "@graph" as publishers nest it. Malformed JSON-LD is common and is skipped.
/// </summary>
internal static class JsonLdDates
{
    public static IEnumerable<string> DatesPublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is null || !type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var date in Parse(script.TextContent))
            {
                yield return date;
            }
        }
    }

    private static List<string> Parse(string json)
    {
        var found = new List<string>();
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            Collect(parsed.RootElement, found);
        }
        catch (JsonException)
        {
            // Not our page to fix: other date sources still apply.
        }

        return found;
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, found);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }

                break;
        }
    }
}
