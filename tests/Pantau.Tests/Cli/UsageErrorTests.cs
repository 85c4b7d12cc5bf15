namespace Pantau.Tests.Cli;

/// <summary>
/// A wrong command line or wrong lexicons: exit code 2, nothing on standard output, and a message of
/// one line per problem on standard error, never a stack trace.
/// </summary>
public sealed class UsageErrorTests
{
    /// <summary>The hint that may follow a parse error; it is not part of the message.</summary>
    private const string HelpHint = "Try 'pantau --help'.";

    /// <summary>Name, arguments after "extract", and what the one message line must contain.</summary>
    public static TheoryData<string, string[], string> UsageErrors() => new()
    {
        { "no inputs", [], "no input: give files, folders, or - for standard input" },
        { "unknown format", ["--format", "xml", "input.txt"], "'xml'" },
        { "impossible date", ["--date", "2025-13-45", "input.txt"], "--date '2025-13-45' is not a date in the form YYYY-MM-DD" },
        { "language without lexicons", ["--lang", "xx", "input.txt"], "--lang 'xx' has no lexicons; supported: " },
        { "missing lexicon folder", ["--lexicons", "/nonexistent", "input.txt"], "--lexicons '/nonexistent' is not a folder" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Usage_error_exits_2_with_a_one_line_message(string name, string[] args, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("input.txt", BadInputRun.Article);

        var run = await PantauProcess.RunAsync(folder.FullPath, ["extract", .. args]);

        Assert.True(run.ExitCode == 2, $"{name}: {run}");
        Assert.Equal("", run.Stdout);
        var message = run.StderrLines.Where(l => l != HelpHint).ToList();
        Assert.True(message.Count == 1, $"{name}: expected one line besides the hint:\n{run.Stderr}");
        Assert.StartsWith("pantau: ", message[0]);
        Assert.Contains(expected, message[0]);
        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task Bad_lexicon_row_exits_2_naming_its_file_and_line()
    {
        using var folder = new TempFolder();
        var lexicons = folder.PathOf("lexicons");
        CopyFolder(TestPaths.Lexicons, lexicons);
        var items = Path.Combine(lexicons, "en", "items.tsv");
        var lines = File.ReadAllText(items).Split('\n');
        // The first data row: after comments, blank lines and the header "form<TAB>item".
        int row = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("form\t", StringComparison.Ordinal));
        var cells = lines[row].Split('\t');
        Assert.True(cells.Length >= 2, $"en/items.tsv:{row + 1} is not a row: {lines[row]}");
        cells[1] = "bananas";
        lines[row] = string.Join('\t', cells);
        File.WriteAllText(items, string.Join('\n', lines));
        folder.Write("article.txt", BadInputRun.Article);

        var run = await PantauProcess.RunAsync(folder.FullPath, ["extract", "--format", "jsonl", "--lexicons", lexicons, "article.txt"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.All(run.StderrLines, line => Assert.StartsWith("pantau: ", line));
        Assert.Contains(run.StderrLines, line => line.StartsWith($"pantau: en/items.tsv:{row + 1}: ", StringComparison.Ordinal) && line.Contains("'bananas'"));
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>Text in a language Pantau has no lexicons for is read, gives no claims, and says why; it is not a failure.</summary>
public sealed class UnsupportedLanguageTests
{
    /// <summary>Name of the file, its text, and the language the notice must name.</summary>
    public static TheoryData<string, string, string> Texts() => new()
    {
        {
            "defensie.txt",
            "Het ministerie van Defensie heeft dinsdag bekendgemaakt dat het kabinet extra geld vrijmaakt voor de krijgsmacht. "
            + "Volgens de minister moeten de nieuwe investeringen de paraatheid van de landmacht en de luchtmacht versterken. "
            + "Daarnaast wil Nederland samen met andere bondgenoten in de NAVO meer munitie inkopen, zodat de voorraden sneller "
            + "worden aangevuld en de steun aan Oekraïne kan worden voortgezet.\n",
            "language 'nl' (Dutch)"
        },
        {
            "thai.txt",
            "กระทรวงกลาโหมของไทยประกาศเมื่อวันอังคารว่ารัฐบาลจะเพิ่มงบประมาณสำหรับกองทัพ เพื่อเสริมสร้างความพร้อมของกองทัพบกและกองทัพอากาศ "
            + "นอกจากนี้ประเทศไทยยังวางแผนจัดซื้อกระสุนและอุปกรณ์ทางทหารเพิ่มเติมร่วมกับประเทศพันธมิตร\n",
            "language 'th' (Thai)"
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Text_without_lexicons_gives_no_claims_and_a_notice(string name, string text, string language)
    {
        using var folder = new TempFolder();
        folder.Write(name, text);

        var run = await PantauProcess.RunAsync(folder.FullPath, ["extract", "--format", "jsonl", name]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stdout);
        var notice = Assert.Single(run.StderrLines);
        Assert.StartsWith($"pantau: {name}: {language} has no lexicons", notice);
    }
}
