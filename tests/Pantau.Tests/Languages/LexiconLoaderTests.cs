using Pantau.Languages;

namespace Pantau.Tests.Languages;

public sealed class LexiconLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pantau-lexicons-").FullName;

    public LexiconLoaderTests()
    {
        Write("actors/actors.tsv", "code\tkind\tname\nPRK\tstate\tNorth Korea\nRUS\tstate\tRussia\n");
        Write("xx/language.json", """{"code":"xx","name":"Test","segmentation":"spaces","decimalSeparator":".","groupSeparator":","}""");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private LexiconException LoadFails()
    {
        var loader = new LexiconLoader(new DirectoryLexiconStore(_root));
        return Assert.Throws<LexiconException>(() => loader.LoadLanguage("xx", loader.LoadGazetteer()));
    }

    [Fact]
    public void Loads_rows_from_common_and_the_language()
    {
        Write("common/items.tsv", "form\titem\nHIMARS\trocket_launchers\n");
        Write("xx/items.tsv", "# a comment\nform\titem\n\ntanks\tarmored_vehicles\n");
        var loader = new LexiconLoader(new DirectoryLexiconStore(_root));
        var language = loader.LoadLanguage("xx", loader.LoadGazetteer());
        Assert.Equal(2, language.EntryCount);
    }

    [Fact]
    public void A_row_with_a_missing_column_names_file_and_line()
    {
        Write("xx/items.tsv", "form\titem\ntanks\tarmored_vehicles\nshells\n");
        Assert.Equal(["xx/items.tsv:3: expected 2 tab-separated columns (form, item), found 1"], LoadFails().Problems);
    }

    [Fact]
    public void An_unknown_category_is_rejected()
    {
        Write("xx/items.tsv", "form\titem\ntanks\ttank\n");
        Assert.Equal(["xx/items.tsv:2: unknown item 'tank'"], LoadFails().Problems);
    }

    [Fact]
    public void An_unknown_actor_code_is_rejected()
    {
        Write("xx/actors.tsv", "form\tcode\trole\nNarnia\tNRN\tstate\n");
        Assert.Equal(["xx/actors.tsv:2: unknown actor code 'NRN' (not in actors/actors.tsv)"], LoadFails().Problems);
    }

    [Fact]
    public void A_duplicate_in_one_folder_names_both_places()
    {
        Write("xx/actors.tsv", "form\tcode\trole\nPutin\tRUS\tleader\nputin\tRUS\tleader\n");
        Assert.Equal(["xx/actors.tsv:3: 'putin' is already listed at xx/actors.tsv:2"], LoadFails().Problems);
    }

    [Fact]
    public void A_war_names_known_sides_and_dates()
    {
        Write("actors/wars.tsv", "side\tother_side\tfrom\tuntil\nRUS\tPRK\t2022-02-24\t-\nPRK\tNRN\t1950-06-25\tsoon\n");
        var problems = Assert.Throws<LexiconException>(() => new LexiconLoader(new DirectoryLexiconStore(_root)).LoadGazetteer()).Problems;
        Assert.Equal(
            ["actors/wars.tsv:3: unknown actor code 'NRN' (not in actors/actors.tsv)",
             "actors/wars.tsv:3: from and until must be dates (YYYY-MM-DD), until may be '-'"],
            problems);
    }

    [Fact]
    public void The_enemy_is_the_other_side_of_the_war_on_that_day()
    {
        Write("actors/wars.tsv", "side\tother_side\tfrom\tuntil\nRUS\tPRK\t2022-02-24\t-\n");
        var gazetteer = new LexiconLoader(new DirectoryLexiconStore(_root)).LoadGazetteer();
        Assert.Equal("RUS", gazetteer.EnemyOf("PRK", new DateOnly(2025, 1, 1)));
        Assert.Null(gazetteer.EnemyOf("PRK", new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void An_office_needs_dates_in_order()
    {
        Write("xx/offices.tsv", "form\tcode\trole\tfrom\tuntil\nKim\tPRK\tleader\t2010\t-\nShoigu\tRUS\tofficial\t2024-07-22\t2021-01-26\n");
        Assert.Equal(
            ["xx/offices.tsv:2: from must be a date (YYYY-MM-DD) or '-', found '2010'",
             "xx/offices.tsv:3: the term ends (2021-01-26) before it starts (2024-07-22)"],
            LoadFails().Problems);
    }

    [Fact]
    public void An_office_holder_may_have_several_terms()
    {
        Write("xx/offices.tsv", "form\tcode\trole\tfrom\tuntil\nKim\tPRK\tleader\t2010-10-14\t2024-07-01\nKim\tRUS\tofficial\t2024-10-01\t-\n");
        var loader = new LexiconLoader(new DirectoryLexiconStore(_root));
        Assert.Equal(2, loader.LoadLanguage("xx", loader.LoadGazetteer()).EntryCount);
    }

    [Fact]
    public void A_language_row_replaces_a_common_row()
    {
        Write("common/actors.tsv", "form\tcode\trole\nBrussels\tPRK\tcapital\n");
        Write("xx/actors.tsv", "form\tcode\trole\nbrussels\tRUS\tcapital\n");
        var loader = new LexiconLoader(new DirectoryLexiconStore(_root));
        Assert.Equal(1, loader.LoadLanguage("xx", loader.LoadGazetteer()).EntryCount);
    }

    [Fact]
    public void A_hand_written_row_overrides_a_generated_one()
    {
        Write("xx/actors.cldr.tsv", "form\tcode\trole\nNorth Korea\tPRK\tstate\n");
        Write("xx/actors.tsv", "form\tcode\trole\nNorth Korea\tPRK\tstate\n");
        var loader = new LexiconLoader(new DirectoryLexiconStore(_root));
        Assert.Equal(1, loader.LoadLanguage("xx", loader.LoadGazetteer()).EntryCount);
    }

    [Fact]
    public void A_wrong_header_is_rejected()
    {
        Write("xx/cues.tsv", "form\tkind\nsaid\tspeech\n");
        Assert.Equal(["xx/cues.tsv:1: header must be 'form<TAB>cue', found 'form<TAB>kind'"], LoadFails().Problems);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        Write("xx/triggers.tsv", "form\ttype\tstage\tframe\nsent\ttransfer\tsent\tgive\ngave\tgift\t-\tgive\nsold\ttransfer\t-\tsell\n");
        Assert.Equal(3, LoadFails().Problems.Count);
    }

    [Fact]
    public void The_embedded_lexicons_load_for_every_language()
    {
        var catalog = new LanguageCatalog(new EmbeddedLexiconStore());
        Assert.Contains("id", catalog.Languages);
        Assert.Contains("en", catalog.Languages);
        foreach (var code in catalog.Languages)
            Assert.True(catalog.Get(code).EntryCount > 100, code);
    }
}
