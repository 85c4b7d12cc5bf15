using System.Globalization;
using System.Text.Json;
using Pantau.Matching;
using Pantau.Text;

namespace Pantau.Languages;

/// <summary>
/// Loads and validates lexicon files (format: lexicons/README.md). Every problem found is
/// collected with its file and line, and loading fails with all of them at once, so a
/// linguist fixes a file in one pass.
/// </summary>
public sealed class LexiconLoader
{
    public const string CommonFolder = "common";

    private static readonly string[] ActorColumns = ["form", "code", "role"];

    private readonly ILexiconStore _store;

    public const string WarsPath = "actors/wars.tsv";

    public LexiconLoader(ILexiconStore store) => _store = store;

    public Gazetteer LoadGazetteer()
    {
        var problems = new List<string>();
        const string path = "actors/actors.tsv";
        using var reader = _store.Open(path) ?? throw new LexiconException([$"{_store.Name}: missing {path}"]);
        var actors = new List<ActorInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvReader.Read(reader, path, ["code", "kind", "name"], problems))
        {
            if (!TryParseName<ActorKind>(row.Cells[1], out var kind))
                problems.Add($"{path}:{row.Line}: unknown kind '{row.Cells[1]}' (state, org, group, source)");
            else if (!seen.Add(row.Cells[0]))
                problems.Add($"{path}:{row.Line}: duplicate code '{row.Cells[0]}'");
            else
                actors.Add(new ActorInfo(row.Cells[0], kind, row.Cells[2]));
        }
        var wars = LoadWars(seen, problems);
        if (problems.Count > 0)
            throw new LexiconException(problems);
        return new Gazetteer(actors, wars);
    }

    /// <summary><c>actors/wars.tsv</c>: <c>side	other_side	from	until</c>, dates as YYYY-MM-DD, "-" for a war still on.</summary>
    private List<War> LoadWars(HashSet<string> codes, List<string> problems)
    {
        const string path = WarsPath;
        var wars = new List<War>();
        using var reader = _store.Open(path);
        if (reader is null)
            return wars;
        foreach (var row in TsvReader.Read(reader, path, ["side", "other_side", "from", "until"], problems))
        {
            var c = row.Cells;
            foreach (var code in c[..2].Where(code => !codes.Contains(code)))
                problems.Add($"{path}:{row.Line}: unknown actor code '{code}' (not in actors/actors.tsv)");
            bool fromOk = DateOnly.TryParseExact(c[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from);
            DateOnly until = default;
            bool untilOk = c[3] == "-" || DateOnly.TryParseExact(c[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out until);
            if (!fromOk || !untilOk)
                problems.Add($"{path}:{row.Line}: from and until must be dates (YYYY-MM-DD), until may be '-'");
            else if (codes.Contains(c[0]) && codes.Contains(c[1]))
                wars.Add(new War(c[0], c[1], from, c[3] == "-" ? null : until));
        }
        return wars;
    }

    public LanguageData LoadLanguage(string code, Gazetteer gazetteer)
    {
        var problems = new List<string>();
        var profile = LoadProfile(code, problems);
        if (profile is null)
            throw new LexiconException(problems);

        var tokenizer = new Tokenizer(profile.Segmentation);
        var builder = new PhraseMatcher<LexiconEntry>.Builder(tokenizer);
        var context = new FileContext(gazetteer, problems);
        var entries = new List<LexiconEntry>();
        foreach (var file in LexiconFiles)
        {
            foreach (var folder in new[] { CommonFolder, code })
            {
                var path = $"{folder}/{file.Name}";
                using var reader = _store.Open(path);
                if (reader is null)
                    continue;
                bool generated = file.Name.EndsWith(".cldr.tsv", StringComparison.Ordinal);
                foreach (var row in TsvReader.Read(reader, path, file.Columns, problems))
                {
                    var id = $"{path}:{row.Line}";
                    var entry = file.Parse(id, row.Cells, context, m => problems.Add($"{id}: {m}"));
                    if (entry is not null)
                        context.Register(entry, file.Kind, generated, entries);
                }
            }
        }
        var accepted = context.Accepted(entries).ToList();
        foreach (var entry in accepted)
        {
            if (!builder.Add(entry.Form, entry))
                problems.Add($"{entry.Id}: form '{entry.Form}' has no words");
        }
        if (problems.Count > 0)
            throw new LexiconException(problems);
        return new LanguageData(profile, builder.Build(values => new EntrySet(values)), accepted.Count, gazetteer, PersonNames.ShortForms(accepted, tokenizer));
    }

    private LanguageProfile? LoadProfile(string code, List<string> problems)
    {
        var path = $"{code}/language.json";
        using var reader = _store.Open(path);
        if (reader is null)
        {
            problems.Add($"{_store.Name}: no language '{code}' ({path} is missing)");
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(reader.ReadToEnd());
            var root = json.RootElement;
            string Text(string name, string fallback) =>
                root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : fallback;
            string[] List(string name) =>
                root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                    ? v.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToArray()
                    : [];
            var declared = Text("code", code);
            if (declared != code)
                problems.Add($"{path}: code '{declared}' does not match its folder '{code}'");
            var decimalSeparator = Text("decimalSeparator", ".");
            var groupSeparator = Text("groupSeparator", ",");
            if (decimalSeparator.Length != 1 || groupSeparator.Length != 1 || decimalSeparator == groupSeparator)
                problems.Add($"{path}: decimalSeparator and groupSeparator must be two different single characters");
            if (!TryParseName<Segmentation>(Text("segmentation", "spaces"), out var segmentation))
                problems.Add($"{path}: segmentation must be 'spaces' or 'characters'");
            if (!TryParseName<NumericDateOrder>(Text("numericDateOrder", "dmy"), out var dateOrder))
                problems.Add($"{path}: numericDateOrder must be 'dmy', 'mdy' or 'ymd'");
            if (!TryParseName<PhraseHead>(Text("phraseHead", "last"), out var head))
                problems.Add($"{path}: phraseHead must be 'first' or 'last'");
            return new LanguageProfile(code, Text("name", code), segmentation,
                decimalSeparator[0], groupSeparator.Length == 1 ? groupSeparator[0] : ',',
                dateOrder, head, List("markers"), List("abbreviations"), List("possessiveSuffixes"));
        }
        catch (JsonException e)
        {
            problems.Add($"{path}:{e.LineNumber + 1}: invalid JSON: {e.Message.Split('.')[0]}");
            return null;
        }
    }

    internal static bool TryParseName<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        // Enum.TryParse also accepts numbers and comma lists; the files use snake_case names only.
        return text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || c == '_')
            && Enum.TryParse(text.Replace("_", ""), ignoreCase: true, out value);
    }

    private sealed record LexiconFile(string Name, string Kind, string[] Columns, Func<string, string[], FileContext, Action<string>, LexiconEntry?> Parse);

    private static readonly LexiconFile[] LexiconFiles =
    [
        new("actors.cldr.tsv", "actors", ActorColumns, ParseActor),
        new("actors.tsv", "actors", ActorColumns, ParseActor),
        new("offices.tsv", "offices", ["form", "code", "role", "from", "until"], ParseOffice),
        new("places.tsv", "places", ["form", "place", "code"], (id, c, ctx, fail) =>
            ctx.KnownCode(c[2], fail) ? new PlaceEntry(id, c[0], c[1], c[2]) : null),
        new("triggers.tsv", "triggers", ["form", "type", "stage", "frame"], (id, c, context, fail) =>
        {
            if (!TryParseName<ClaimType>(c[1], out var type))
                fail($"unknown type '{c[1]}' (transfer, agreement, support, withdrawal, attack)");
            else if (c[2] != "-" && !TryParseName<Stage>(c[2], out _))
                fail($"unknown stage '{c[2]}' (delivered, pledged, -)");
            else if (!TryParseName<Frame>(c[3], out var frame))
                fail($"unknown frame '{c[3]}' (give, receive, passive, noun, mutual)");
            else
                return new TriggerEntry(id, c[0], type, c[2] == "-" ? null : Enum.Parse<Stage>(c[2], true), frame);
            return null;
        }),
        new("items.tsv", "items", ["form", "item"], (id, c, _, fail) =>
        {
            if (TryParseName<ItemCategory>(c[1], out var item))
                return new ItemEntry(id, c[0], item);
            fail($"unknown item '{c[1]}'");
            return null;
        }),
        new("cues.tsv", "cues", ["form", "cue"], (id, c, _, fail) =>
        {
            if (TryParseName<CueKind>(c[1], out var cue))
                return new CueEntry(id, c[0], cue);
            fail($"unknown cue '{c[1]}'");
            return null;
        }),
        new("numbers.tsv", "numbers", ["form", "value", "kind"], (id, c, _, fail) =>
        {
            if (!decimal.TryParse(c[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0)
                fail($"value '{c[1]}' is not a number");
            else if (!TryParseName<NumberWordKind>(c[2], out var kind))
                fail($"unknown kind '{c[2]}' (number, multiplier)");
            else
                return new NumberEntry(id, c[0], value, kind);
            return null;
        }),
        new("units.tsv", "units", ["form", "unit"], (id, c, _, fail) =>
        {
            if (Numbers.Quantity.IsCurrency(c[1]) || c[1] is "containers" or "shipments" or "railcars" or "tonnes" or "battalions")
                return new UnitEntry(id, c[0], c[1]);
            fail($"unit '{c[1]}' is neither a currency code (ISO 4217) nor containers, shipments, railcars, tonnes, battalions");
            return null;
        }),
        new("dates.tsv", "dates", ["form", "kind", "value"], (id, c, _, fail) =>
        {
            if (!TryParseName<DateWordKind>(c[1], out var kind))
                fail($"unknown kind '{c[1]}' (month, weekday, relative_day, relative_month, relative_year)");
            else if (!int.TryParse(c[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                     || kind == DateWordKind.Month && value is < 1 or > 12
                     || kind == DateWordKind.Weekday && value is < 1 or > 7)
                fail($"value '{c[2]}' is out of range for {c[1]}");
            else
                return new DateWordEntry(id, c[0], kind, value);
            return null;
        }),
        new("outlets.tsv", "outlets", ["form", "outlet"], (id, c, _, _) => new OutletEntry(id, c[0], c[1])),
    ];

    private static LexiconEntry? ParseActor(string id, string[] c, FileContext context, Action<string> fail)
    {
        if (!TryParseName<ActorRole>(c[2], out var role))
        {
            fail($"unknown role '{c[2]}' (state, capital, leader, official, government, agency, media, demonym, group)");
            return null;
        }
        return context.KnownCode(c[1], fail) ? new ActorEntry(id, c[0], c[1], role) : null;
    }

    /// <summary>A person in an office for a time: "Mark Rutte	NATO	official	2024-10-01	-".</summary>
    private static LexiconEntry? ParseOffice(string id, string[] c, FileContext context, Action<string> fail)
    {
        if (ParseActor(id, c, context, fail) is not ActorEntry actor)
            return null;
        DateOnly? Day(string cell, string column)
        {
            if (cell == "-")
                return null;
            if (DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return day;
            fail($"{column} must be a date (YYYY-MM-DD) or '-', found '{cell}'");
            return null;
        }
        var from = Day(c[3], "from");
        var until = Day(c[4], "until");
        if (from > until)
        {
            fail($"the term ends ({c[4]}) before it starts ({c[3]})");
            return null;
        }
        return actor with { Term = new Term(from, until) };
    }

    /// <summary>Validation state shared by the files of one language.</summary>
    private sealed class FileContext(Gazetteer gazetteer, List<string> problems)
    {
        private readonly Dictionary<(string Kind, string Key), LexiconEntry> _handWritten = new();

        public bool KnownCode(string code, Action<string> fail)
        {
            if (gazetteer.Contains(code))
                return true;
            fail($"unknown actor code '{code}' (not in actors/actors.tsv)");
            return false;
        }

        /// <summary>
        /// Keeps an entry unless its form is already listed in the same folder. A language's row
        /// replaces a row of <c>common/</c> with the same form (the language knows better), and
        /// a hand-written row replaces a generated one.
        /// </summary>
        public void Register(LexiconEntry entry, string kind, bool generated, List<LexiconEntry> entries)
        {
            if (generated)
            {
                entries.Add(entry);
                return;
            }
            // One row per term: an office holder's name repeats with other dates.
            var key = (kind, FormKey(entry.Form) + (entry is ActorEntry { Term: { } term } ? $"\t{term.From}" : ""));
            if (_handWritten.TryGetValue(key, out var first))
            {
                if (Folder(first.Id) == Folder(entry.Id))
                {
                    problems.Add($"{entry.Id}: '{entry.Form}' is already listed at {first.Id}");
                    return;
                }
                entries.Remove(first);
            }
            _handWritten[key] = entry;
            entries.Add(entry);
        }

        private static string Folder(string id) => id[..id.IndexOf('/')];

        /// <summary>All entries, less generated rows whose form a hand-written row repeats.</summary>
        public IEnumerable<LexiconEntry> Accepted(List<LexiconEntry> entries) =>
            entries.Where(e => !e.Id.Contains(".cldr.tsv", StringComparison.Ordinal)
                               || !_handWritten.ContainsKey(("actors", FormKey(e.Form))));

        private static string FormKey(string form) =>
            form.Any(char.IsLower) ? form.ToLowerInvariant() : form;
    }
}
