using System.Collections.Frozen;
using System.Text;
using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

/// <summary>One row per way an input can fail: the exact reason, the exact line the user sees, and the file (and line) it names.</summary>
public sealed class ErrorKindTests : IDisposable
{
    private const string SplitAdvice = "limit per document; split it or raise --max-size";

    private static readonly byte[] PngHeader =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

    private static readonly FrozenDictionary<string, ErrorCase> Cases = new ErrorCase[]
    {
        new("empty file", t => t.Write("empty.txt", ""), SourceErrorKind.Empty, null, "empty file"),
        new("whitespace-only file", t => t.Write("blank.txt", " \n\t\r\n  \f"), SourceErrorKind.Empty, null, "empty file"),
        new("UTF-8 byte order mark only", t => t.Write("bom.txt", [0xEF, 0xBB, 0xBF]), SourceErrorKind.Empty, null, "empty file"),
        new("empty HTML body", t => t.Write("blank.html", "   \n"), SourceErrorKind.Empty, null, "empty file"),
        new("binary file (PNG header)", t => t.Write("picture.txt", [.. PngHeader, .. Encoding.ASCII.GetBytes("IDAT")]), SourceErrorKind.Binary, null, "binary file, not text"),
        new("binary file with an unknown extension", t => t.Write("picture.png", PngHeader), SourceErrorKind.Binary, null, "binary file, not text"),
        new("mostly control characters", t => t.Write("terminal.txt", "ab\u0001\u0002cd\u001b\u0007ef"), SourceErrorKind.Binary, null, "binary file, not text"),
        new("invalid UTF-8", t => t.Write("latin.txt", [(byte)'a', (byte)'b', (byte)'c', 0xC3, 0x28]), SourceErrorKind.InvalidUtf8, null, "invalid UTF-8 at byte 3"),
        new("invalid UTF-8 after a byte order mark counts the mark", t => t.Write("bom-latin.txt", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF]), SourceErrorKind.InvalidUtf8, null, "invalid UTF-8 at byte 4"),
        new("UTF-8 cut in the middle of a character", t => t.Write("cut.txt", [(byte)'a', 0xE2, 0x82]), SourceErrorKind.InvalidUtf8, null, "invalid UTF-8 at byte 1"),
        new("missing file", t => Path.Combine(t.Path, "nowhere.txt"), SourceErrorKind.NotFound, null, "no such file or directory"),
        new("missing directory", t => Path.Combine(t.Path, "nowhere", "a.txt"), SourceErrorKind.NotFound, null, "no such file or directory"),
        new("200 MB file (NUL bytes: size is checked before content)", t => Sized(t, "huge.txt", 200L * 1024 * 1024), SourceErrorKind.TooLarge, null, $"file is 200.0 MB, over the 50 MB {SplitAdvice}"),
        new("200 MB file of an unknown format", t => Sized(t, "huge.dump", 200L * 1024 * 1024), SourceErrorKind.TooLarge, null, $"file is 200.0 MB, over the 50 MB {SplitAdvice}"),
        new("over a configured limit", t => t.Write("small.txt", "eleven char"), SourceErrorKind.TooLarge, null, $"file is 11 bytes, over the 10 bytes {SplitAdvice}", MaxBytes: 10),
        new("HTML with only navigation and a script", t => Fixtures.PathOf("no-article-text.html"), SourceErrorKind.NoArticleText, null, "no article text found in the HTML"),
        new("JSON Lines broken line", t => t.Write("feed.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"broken\"\n"), SourceErrorKind.InvalidJson, 2, "invalid JSON: ", ExactMessage: false),
        new("JSON Lines record without text", t => t.Write("feed.jsonl", "{\"text\": \"ok\"}\n{\"id\": \"a\", \"title\": \"No body\"}\n"), SourceErrorKind.MissingText, 2, "record has no \"text\" field"),
        new("JSON Lines that are no articles", t => t.Write("gold.jsonl", "{\"id\": \"a\", \"claims\": []}\n{\"id\": \"b\", \"claims\": []}\n"), SourceErrorKind.MissingText, 1, "record has no \"text\" field; not a file of articles, so its other records are skipped"),
        new("JSON Lines record with empty text", t => t.Write("feed.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"  \"}\n"), SourceErrorKind.MissingText, 2, "\"text\" is empty"),
        new("JSON Lines record whose text is a number", t => t.Write("feed.jsonl", "{\"text\": 12}\n"), SourceErrorKind.MissingText, 1, "\"text\" is a number, not a string"),
        new("JSON Lines line that is an array", t => t.Write("feed.ndjson", "[\"text\"]\n"), SourceErrorKind.NotADocument, 1, "not a JSON object but an array"),
        new("JSON Lines record over the limit", t => t.Write("feed.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"" + new string('x', 100) + "\"}\n"), SourceErrorKind.TooLarge, 2, $"record is 112 bytes, over the 64 bytes {SplitAdvice}", MaxBytes: 64),
        new("JSON Lines invalid UTF-8 names the file offset", t => t.Write("feed.jsonl", [.. "{\"text\": \"ok\"}\n{\"text\": \"a"u8, 0xC3, 0x28, .. "\"}\n"u8]), SourceErrorKind.InvalidUtf8, 2, "invalid UTF-8 at byte 26"),
        new("JSON Lines with only blank lines", t => t.Write("feed.jsonl", "\n  \n\r\n"), SourceErrorKind.Empty, null, "empty file"),
        new("JSON Lines in UTF-16", t => t.Write("feed.jsonl", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"text\": \"a\"}")).ToArray()), SourceErrorKind.InvalidUtf8, null, "JSON Lines must be UTF-8, not UTF-16"),
        new("JSON Lines with a NUL byte", t => t.Write("feed.jsonl", "{\"text\": \"a\0\"}\n"), SourceErrorKind.Binary, null, "binary file, not text"),
        new("broken symbolic link given explicitly", t => Link(t, "dangling.txt", "missing.txt"), SourceErrorKind.Unreadable, null, "cannot read: broken symbolic link"),
        new("broken symbolic link inside a directory", t => Link(t, "news/dangling.txt", "missing.txt"), SourceErrorKind.Unreadable, null, "cannot read: broken symbolic link", Input: t => Path.Combine(t.Path, "news")),
        new("symbolic link loop inside a directory", t => Link(t, "news/loop.txt", "loop.txt"), SourceErrorKind.Unreadable, null, "cannot read: too many levels of symbolic links", Input: t => Path.Combine(t.Path, "news")),
    }.ToFrozenDictionary(c => c.Name);

    private readonly TempDirectory _temp = new();

    public static TheoryData<string> CaseNames => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Reports_the_reason_and_names_the_file(string name)
    {
        var row = Cases[name];
        var origin = row.Arrange(_temp);
        var input = row.Input?.Invoke(_temp) ?? origin;

        var items = Reading.Items(new SourceOptions(row.MaxBytes ?? 50 * 1024 * 1024), input);

        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal(row.Kind, error.Kind);
        Assert.Equal(origin, error.Origin);
        Assert.Equal(row.Line, error.Line);
        var prefix = row.Line is int line ? $"{origin}:{line}: " : $"{origin}: ";
        if (row.ExactMessage)
        {
            Assert.Equal(prefix + row.Message, error.ToString());
        }
        else
        {
            Assert.StartsWith(prefix + row.Message, error.ToString());
            Assert.True(error.ToString().Length > (prefix + row.Message).Length, "the message should give a reason");
        }

        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void An_error_does_not_stop_the_run()
    {
        var missing = Path.Combine(_temp.Path, "missing.txt");
        var empty = _temp.Write("empty.txt", "");
        var good = _temp.Write("good.txt", "Denmark sends jets.");

        var items = Reading.Items(missing, empty, good);

        Assert.Collection(
            items,
            i => Assert.Equal(SourceErrorKind.NotFound, i.Error?.Kind),
            i => Assert.Equal(SourceErrorKind.Empty, i.Error?.Kind),
            i => Assert.Equal("Denmark sends jets.", i.Document?.Text));
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read()
    {
        var path = _temp.Write("ten.txt", "ten chars!");

        var items = Reading.Items(new SourceOptions(MaxDocumentBytes: 10), path);

        Assert.Equal("ten chars!", Assert.Single(items).Document?.Text);
    }

    public void Dispose() => _temp.Dispose();

    private static string Sized(TempDirectory temp, string name, long length)
    {
        var path = temp.PathOf(name);
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(length);
        return path;
    }

    private static string Link(TempDirectory temp, string name, string target)
    {
        var path = temp.PathOf(name);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <param name="Arrange">Creates the failing input and returns the origin the error must name.</param>
    /// <param name="Input">What to give on the command line, when not the origin itself (a directory holding it).</param>
    private sealed record ErrorCase(
        string Name,
        Func<TempDirectory, string> Arrange,
        SourceErrorKind Kind,
        int? Line,
        string Message,
        bool ExactMessage = true,
        long? MaxBytes = null,
        Func<TempDirectory, string>? Input = null);
}
