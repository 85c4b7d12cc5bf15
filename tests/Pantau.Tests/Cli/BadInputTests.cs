using System.Text.Json;

namespace Pantau.Tests.Cli;

/// <summary>
/// One run of <c>pantau extract</c> over a good text file and a JSON Lines file with one broken line among
/// inputs that each fail differently: empty, binary, invalid UTF-8, missing, an HTML page without an article.
/// </summary>
public sealed class BadInputRun : IDisposable
{
    /// <summary>A short English article with one claim (DEU -> UKR, 14 tanks).</summary>
    public const string Article = "Germany will send Ukraine 14 Leopard 2 tanks, Chancellor Olaf Scholz said on Wednesday.";

    /// <summary>The inputs in command-line order, each with what the error line for it must start with (null for good inputs).</summary>
    public static readonly (string Input, string? Error)[] Inputs =
    [
        ("good.txt", null),
        ("empty.txt", "pantau: empty.txt: empty file"),
        ("image.png", "pantau: image.png: binary file, not text"),
        // "Germany will send " is 18 bytes, so the bad sequence starts at byte 18.
        ("bad-utf8.txt", "pantau: bad-utf8.txt: invalid UTF-8 at byte 18"),
        ("missing.txt", "pantau: missing.txt: no such file or directory"),
        ("nav.html", "pantau: nav.html: no article text found in the HTML"),
        ("feed.jsonl", "pantau: feed.jsonl:2: invalid JSON: "),
    ];

    private readonly TempFolder _folder = new();
    private readonly Lazy<Task<PantauRun>> _run;

    public BadInputRun()
    {
        _folder.Write("good.txt", Article + "\n");
        _folder.Write("empty.txt", "");
        _folder.Write("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1]);
        _folder.Write("bad-utf8.txt", [.. "Germany will send "u8, 0xC3, 0x28, .. " Ukraine tanks.\n"u8]);
        _folder.Write("nav.html", """
            <!DOCTYPE html>
            <html><head><title>Menu</title></head>
            <body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/defence">Defence</a></li></ul></nav>
            <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ page: "home" });</script>
            </body></html>
            """);
        _folder.Write("feed.jsonl",
            JsonSerializer.Serialize(new { text = Article }) + "\n"
            + """{"text": "Germany will send""" + "\n"
            + JsonSerializer.Serialize(new { text = Article }) + "\n");
        _run = new(() => PantauProcess.RunAsync(_folder.FullPath, ["extract", "--format", "jsonl", "--date", "2023-01-25", .. Inputs.Select(i => i.Input)]));
    }

    internal Task<PantauRun> Run => _run.Value;

    public void Dispose() => _folder.Dispose();
}

/// <summary>Bad input fails one input at a time, on one line of standard error, and never stops the others.</summary>
public sealed class BadInputTests(BadInputRun bad) : IClassFixture<BadInputRun>
{
    public static TheoryData<string, string> FailedInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, error) in BadInputRun.Inputs)
        {
            if (error is not null)
                data.Add(input, error);
        }
        return data;
    }

    [Fact]
    public async Task Exit_code_is_1_when_some_inputs_failed()
    {
        var run = await bad.Run;

        Assert.True(run.ExitCode == 1, run.ToString());
    }

    [Fact]
    public async Task Good_file_and_good_records_still_give_their_claims()
    {
        var run = await bad.Run;

        var claims = run.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.True(claims.Count > 0, run.ToString());
        // Records without an "id" are named by file and line.
        Assert.Equal(["good.txt", "feed.jsonl:1", "feed.jsonl:3"], claims.Select(c => c.GetProperty("doc").GetString()).Distinct());
        foreach (var doc in new[] { "good.txt", "feed.jsonl:1", "feed.jsonl:3" })
        {
            Assert.Contains(claims, c => c.GetProperty("doc").GetString() == doc
                && c.GetProperty("type").GetString() == "transfer"
                && c.GetProperty("actor").GetProperty("code").GetString() == "DEU"
                && c.GetProperty("recipient").GetProperty("code").GetString() == "UKR"
                && c.GetProperty("quantity").ValueKind == JsonValueKind.Object
                && c.GetProperty("quantity").GetProperty("value").GetInt32() == 14);
        }
    }

    [Fact]
    public async Task Standard_error_has_one_line_per_failed_input_in_input_order()
    {
        var run = await bad.Run;

        var expected = BadInputRun.Inputs.Where(i => i.Error is not null).Select(i => i.Error!).ToList();
        Assert.True(run.StderrLines.Count == expected.Count, run.ToString());
        for (int i = 0; i < expected.Count; i++)
            Assert.StartsWith(expected[i], run.StderrLines[i]);
    }

    [Theory]
    [MemberData(nameof(FailedInputs))]
    public async Task Failed_input_is_reported_with_its_reason(string input, string expected)
    {
        var run = await bad.Run;

        var line = Assert.Single(run.StderrLines, l => l.StartsWith($"pantau: {input}:", StringComparison.Ordinal));
        if (expected.EndsWith(": ", StringComparison.Ordinal))
            Assert.StartsWith(expected, line);
        else
            Assert.Equal(expected, line);
    }

    [Fact]
    public async Task Standard_error_has_no_exception_or_stack_trace()
    {
        var run = await bad.Run;

        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}

/// <summary>The size limit is checked from the file's length, before anything is read.</summary>
public sealed class SizeLimitTests
{
    [Fact]
    public async Task File_over_the_limit_is_refused_on_one_line_without_being_read()
    {
        using var folder = new TempFolder();
        using (var stream = new FileStream(folder.PathOf("big.txt"), FileMode.CreateNew))
            stream.SetLength(200L * 1024 * 1024);

        var run = await PantauProcess.RunAsync(folder.FullPath, ["extract", "--format", "jsonl", "big.txt"], timeout: TimeSpan.FromSeconds(20));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        // "200.0 MB" is the measured length: reading the file instead would stop at the limit and could not tell the size.
        Assert.StartsWith("pantau: big.txt: file is 200.0 MB, over the 50 MB limit", line);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed.TotalSeconds:0.0} s");
    }
}
