using System.CommandLine;
using Pantau.Store;
using Pantau.Store.Database;
using Pantau.Store.Model;

namespace Pantau.Cli.Store;

/// <summary>The <c>--db</c> option of every store command, and opening the store it names with one-line errors.</summary>
internal static class StoreAccess
{
    public static Option<string> DbOption() => new("--db")
    {
        Description = "The claim database: a SQLite file (default ./pantau.db, or $PANTAU_DB), or a PostgreSQL connection string (Host=...;Database=...) or postgres:// URL",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PANTAU_DB") is { Length: > 0 } db ? db : StoreLocation.DefaultPath,
    };

    /// <summary>Opens the store, or prints why not and returns null. <paramref name="create"/>: ingest may create a database, queries may not.</summary>
    public static IClaimStore? Open(string db, bool create)
    {
        try
        {
            return ClaimStore.Open(StoreLocation.Parse(db), create);
        }
        catch (StoreException e)
        {
            Report(e);
            return null;
        }
    }

    public static int Report(StoreException e)
    {
        Console.Error.WriteLine($"pantau: {e.Message}");
        return ExitCodes.Database;
    }
}

/// <summary>The filters shared by <c>claims</c>, <c>stories</c> and <c>export</c> (see <see cref="ClaimFilter"/>).</summary>
internal sealed class FilterOptions
{
    private static readonly string[] Types = ["transfer", "agreement", "support", "withdrawal", "attack"];
    private static readonly string[] Modalities = ["asserted", "possible", "denied", "unconfirmed"];
    private static readonly string[] Items =
    [
        "personnel", "artillery", "ammunition", "missiles", "rocket_launchers", "drones", "armored_vehicles", "aircraft",
        "air_defense", "naval", "small_arms", "technology", "weapons", "equipment", "funding",
    ];

    private readonly Option<string?> _actor = new("--actor") { Description = "Who acts (ISO 3166-1 alpha-3 or NATO, EU...), e.g. PRK; either party of an agreement" };
    private readonly Option<string?> _recipient = new("--recipient") { Description = "Who receives, e.g. RUS; either party of an agreement" };
    private readonly Option<string?> _type = new("--type") { Description = "transfer, agreement, support, withdrawal or attack" };
    private readonly Option<string?> _item = new("--item") { Description = "Item category, e.g. artillery, personnel, air_defense" };
    private readonly Option<string?> _modality = new("--modality") { Description = "asserted, possible, denied or unconfirmed" };
    private readonly Option<string?> _attribution = new("--attribution") { Description = "Who says so: a code such as KOR, USA, MEDIA, EXPERT" };
    private readonly Option<string?> _language = new("--lang") { Description = "Language of the document (ISO 639-1)" };
    private readonly Option<string?> _since = new("--since") { Description = "Claims whose time (else publication date) reaches this date or later (YYYY-MM-DD)" };
    private readonly Option<string?> _until = new("--until") { Description = "Claims whose time (else publication date) starts on or before this date (YYYY-MM-DD)" };
    private readonly Option<string?> _search = new("--search") { Description = "Text in an evidence sentence (case-insensitive)" };

    public FilterOptions()
    {
        _type.AcceptOnlyFromAmong(Types);
        _modality.AcceptOnlyFromAmong(Modalities);
        _item.AcceptOnlyFromAmong(Items);
    }

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _actor, _recipient, _type, _item, _modality, _attribution, _language, _since, _until, _search })
            command.Options.Add(option);
    }

    /// <summary>The filter, or null after printing what is wrong with a date.</summary>
    public ClaimFilter? Read(ParseResult parse)
    {
        if (ExtractorSetup.ParseDate(parse.GetValue(_since), "--since", out var since) is { } badSince)
            return Invalid(badSince);
        if (ExtractorSetup.ParseDate(parse.GetValue(_until), "--until", out var until) is { } badUntil)
            return Invalid(badUntil);
        return new ClaimFilter
        {
            Actor = parse.GetValue(_actor)?.Trim().ToUpperInvariant(),
            Recipient = parse.GetValue(_recipient)?.Trim().ToUpperInvariant(),
            Type = parse.GetValue(_type),
            Item = parse.GetValue(_item),
            Modality = parse.GetValue(_modality),
            Attribution = parse.GetValue(_attribution)?.Trim().ToUpperInvariant(),
            Language = parse.GetValue(_language)?.Trim().ToLowerInvariant(),
            Since = since,
            Until = until,
            Search = parse.GetValue(_search) is { Length: > 0 } search ? search : null,
        };
    }

    private static ClaimFilter? Invalid(string message)
    {
        Console.Error.WriteLine($"pantau: {message}");
        return null;
    }
}
