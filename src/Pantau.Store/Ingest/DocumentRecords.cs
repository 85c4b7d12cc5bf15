using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pantau.Claims;
using Pantau.Dates;
using Pantau.Pipeline;
using Pantau.Sources;
using Pantau.Store.Model;
using Pantau.Store.Syndication;

namespace Pantau.Store.Ingest;

/// <summary>Turns a source document and what was extracted from it into the record the store saves.</summary>
public static class DocumentRecords
{
    private const int MaxTitleLength = 200;

    /// <summary>SHA-256 of the text as UTF-8, lower-case hex.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// What tells a changed document from an unchanged one: everything the extraction depends on,
    /// that is the text and the language and publication date it is extracted with (given by
    /// <c>--lang</c>/<c>--date</c> or the input's metadata). SHA-256, lower-case hex; with neither a
    /// language nor a date, the hash of the text alone, as Pantau stored before.
    /// </summary>
    public static string ContentHash(string text, string? language, DateOnly? date)
    {
        if (language is null && date is null)
            return ContentHash(text);
        var given = string.Create(CultureInfo.InvariantCulture, $"\0lang={language?.ToLowerInvariant()}\0date={date:yyyy-MM-dd}");
        return ContentHash(text + given);
    }

    /// <summary>
    /// What identifies a document across ingests: its URL when it has one (a JSON Lines record's
    /// <c>url</c>, an HTML page's address from its metadata), so that one article is one document
    /// whichever feed brings it; else a JSON Lines record's own <c>id</c> within its feed
    /// ("/full/path/feed.jsonl#id", "stdin#id"), since ids are only unique within a feed; else
    /// the file's full path (with the line for a JSON Lines record without id or URL). Standard
    /// input without an id or address is known by the hash of its text.
    /// </summary>
    public static string SourceKey(SourceDocument document)
    {
        if (document.Url is { Length: > 0 } url)
            return url;
        bool hasOwnId = document.Format == SourceFormat.JsonLines && document.Id != $"{document.Origin}:{document.Line}";
        if (document.Origin == "-")
            return hasOwnId ? "stdin#" + document.Id : "stdin:" + ContentHash(document.Text);
        var path = Path.GetFullPath(document.Origin);
        if (hasOwnId)
            return $"{path}#{document.Id}";
        return document.Line is int line ? $"{path}:{line}" : path;
    }

    /// <summary>
    /// The key Pantau gave a JSON Lines record with its own <c>id</c> before keys named the feed:
    /// the bare id. A stored document under that key with the same text is the same document, and
    /// keeps its key (<see cref="IngestPipeline"/>); null for every other input.
    /// </summary>
    public static string? LegacyKey(SourceDocument document) =>
        document.Format == SourceFormat.JsonLines && document.Id != $"{document.Origin}:{document.Line}" ? document.Id : null;

    public static DocumentRecord From(SourceDocument source, string sourceKey, string contentHash, ExtractionResult result)
    {
        var document = result.Document;
        return new DocumentRecord
        {
            SourceKey = sourceKey,
            ContentHash = contentHash,
            Url = source.Url,
            Outlet = document?.Outlet ?? Host(source.Url),
            Title = source.Title ?? FirstLine(source.Text),
            Language = result.Language,
            Published = document?.PublicationDate ?? result.Article.Date,
            Fingerprint = MinHash.Signature(source.Text),
            Claims = document is null ? [] : document.Claims.Select(c => Row(document, c)).ToList(),
        };
    }

    private static ClaimRow Row(Document document, Claim claim)
    {
        var (start, end) = claim.Time is { } time ? Bounds(time) : (null, null);
        return new ClaimRow
        {
            Type = EnumNames.Of(claim.Type),
            Actor = claim.Actor.Code,
            ActorText = claim.Actor.Span is { } actorSpan ? document.SliceString(actorSpan) : null,
            ActorRole = claim.Actor.Role is { } actorRole ? EnumNames.Of(actorRole) : null,
            Recipient = claim.Recipient.Code,
            RecipientText = claim.Recipient.Span is { } recipientSpan ? document.SliceString(recipientSpan) : null,
            RecipientRole = claim.Recipient.Role is { } recipientRole ? EnumNames.Of(recipientRole) : null,
            Item = claim.Item is { } item ? EnumNames.Of(item.Category) : null,
            ItemText = claim.Item is { } itemRef ? document.SliceString(itemRef.Span) : null,
            Quantity = claim.Quantity,
            Modality = EnumNames.Of(claim.Modality),
            Stage = claim.Stage is { } stage ? EnumNames.Of(stage) : null,
            Time = claim.Time?.ToString(),
            TimeStart = start,
            TimeEnd = end,
            TimeAssumed = claim.TimeAssumed,
            Place = claim.Place?.Name,
            PlaceCode = claim.Place?.Code,
            Rule = claim.Rule,
            LexiconIds = claim.LexiconIds,
            Quote = document.SliceString(claim.Evidence[0].Sentence),
            Attribution = claim.Attribution
                .Select(a => new AttributionRow(a.Code, a.Span is { } span ? document.SliceString(span) : null, a.Anonymous, a.Channel))
                .ToList(),
            Evidence = claim.Evidence
                .Select(e => new EvidenceRow(e.Sentence.Start, e.Sentence.End, document.SliceString(e.Sentence),
                    e.Trigger.Start, e.Trigger.End, document.SliceString(e.Trigger)))
                .ToList(),
        };
    }

    /// <summary>The first and last day a partial date covers: 2024 is 2024-01-01 … 2024-12-31.</summary>
    internal static (DateOnly? Start, DateOnly? End) Bounds(PartialDate time)
    {
        if (time.Year is < 1 or > 9999)
            return (null, null);
        if (time.Month is not int month || month is < 1 or > 12)
            return (new DateOnly(time.Year, 1, 1), new DateOnly(time.Year, 12, 31));
        int last = DateTime.DaysInMonth(time.Year, month);
        if (time.Day is int day && day >= 1 && day <= last)
            return (new DateOnly(time.Year, month, day), new DateOnly(time.Year, month, day));
        return (new DateOnly(time.Year, month, 1), new DateOnly(time.Year, month, last));
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;

    private static string? FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
                return trimmed.Length <= MaxTitleLength ? trimmed.ToString() : null;
        }
        return null;
    }
}
