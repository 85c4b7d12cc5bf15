using System.Text;
using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

public sealed class PlainTextTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Keeps_the_text_exactly_as_in_the_file()
    {
        const string text = "Line one\r\nLine two\n\ttabbed  \n\nÜnïcödé 🚀\r";
        var path = _temp.Write("exact.txt", text);

        var document = Reading.SingleDocument(path);

        Assert.Equal(new SourceDocument(path, path, null, text, null, null, null, null, SourceFormat.PlainText), document);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_dropped_so_offsets_start_at_the_text()
    {
        var path = _temp.Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. "Jets sent.\r\nMore."u8]);

        var text = Reading.SingleDocument(path).Text;

        Assert.Equal("Jets sent.\r\nMore.", text);
        Assert.Equal(0, text.IndexOf("Jets", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Reads_utf16_with_a_byte_order_mark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        const string text = "Kyiv receives 10 tanks.\nÜnïcödé 🚀";
        var path = _temp.Write("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        Assert.Equal(text, Reading.SingleDocument(path).Text);
    }

    [Fact]
    public void Invalid_utf16_names_the_byte_of_the_unpaired_surrogate()
    {
        var path = _temp.Write("wide.txt", [0xFF, 0xFE, (byte)'a', 0x00, 0x00, 0xD8, (byte)'b', 0x00]);

        Assert.Equal($"{path}: invalid UTF-16 at byte 4", Assert.Single(Reading.Items(path)).Error?.ToString());
    }

    [Fact]
    public void Only_the_first_8_KiB_are_checked_for_binary_content()
    {
        var text = new string('a', 8192) + "\0 after the sample";
        var path = _temp.Write("late-nul.txt", text);

        Assert.Equal(text, Reading.SingleDocument(path).Text);
    }

    [Theory]
    [InlineData("notes.dat", "  <!DOCTYPE html><html><body><p>Para.</p></body></html>", SourceFormat.Html)]
    [InlineData("export.data", "{\"text\": \"A record.\"}\n", SourceFormat.JsonLines)]
    [InlineData("README", "Just text, with <tags> later.", SourceFormat.PlainText)]
    [InlineData("page.HTML", "<p>Upper-case extension.</p>", SourceFormat.Html)]
    [InlineData("story.txt", "<p>Angle bracket first, but the extension says text.</p>", SourceFormat.PlainText)]
    [InlineData("story.text", "{ braces first }", SourceFormat.PlainText)]
    public void Chooses_the_format_by_extension_else_by_content(string name, string content, SourceFormat expected)
    {
        var path = _temp.Write(name, content);

        Assert.Equal(expected, Reading.SingleDocument(path).Format);
    }

    [Fact]
    public void Nothing_is_opened_until_the_items_are_enumerated()
    {
        var path = Path.Combine(_temp.Path, "later.txt");
        var items = new DocumentSource(new SourceOptions()).Read([path]);

        File.WriteAllText(path, "Written after Read was called.");

        Assert.Equal("Written after Read was called.", Assert.Single(items).Document?.Text);
    }

    public void Dispose() => _temp.Dispose();
}
