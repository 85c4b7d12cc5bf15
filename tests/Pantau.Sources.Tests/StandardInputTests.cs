using System.Text;
using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

public sealed class StandardInputTests
{
    [Theory]
    [InlineData("Denmark sends jets.\r\nMore text.", SourceFormat.PlainText)]
    [InlineData(" \n <html><body><article><p>From a page.</p></article></body></html>", SourceFormat.Html)]
    [InlineData("\n{\"text\": \"From a record.\"}\n", SourceFormat.JsonLines)]
    public void Sniffs_the_format_of_standard_input(string content, SourceFormat expected)
    {
        var document = Assert.Single(ReadStandardInput(content)).Document!;

        Assert.Equal(expected, document.Format);
        Assert.Equal("-", document.Origin);
        Assert.Equal(expected == SourceFormat.JsonLines ? "-:2" : "-", document.Id);
        Assert.Equal(expected switch
        {
            SourceFormat.PlainText => content,
            SourceFormat.Html => "From a page.",
            _ => "From a record.",
        }, document.Text);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused_without_reading_all_of_it()
    {
        var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(new string('x', 100_000)));

        var error = Assert.Single(ReadStandardInput(stream, maxBytes: 16)).Error;

        Assert.Equal(SourceErrorKind.TooLarge, error?.Kind);
        Assert.Equal("-: input is over the 16 bytes limit per document; split it or raise --max-size", error?.ToString());
        // At most the 8 KiB read to sniff the format.
        Assert.InRange(stream.BytesRead, 17, 8192);
    }

    [Fact]
    public void Standard_input_exactly_at_the_limit_is_read()
    {
        var items = ReadStandardInput(new NonSeekableStream("sixteen bytes!!!"u8.ToArray()), maxBytes: 16);

        Assert.Equal("sixteen bytes!!!", Assert.Single(items).Document?.Text);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_limited_per_record()
    {
        var content = string.Concat(Enumerable.Range(1, 20).Select(n => $"{{\"text\": \"record {n}\"}}\n"));

        var items = ReadStandardInput(new NonSeekableStream(Encoding.UTF8.GetBytes(content)), maxBytes: 32);

        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"-:{n}"), items.Select(i => i.Document?.Id));
    }

    [Theory]
    [InlineData("", "-: empty input")]
    [InlineData(" \n\t", "-: empty input")]
    [InlineData("text\0with a NUL", "-: binary input, not text")]
    [InlineData("{\"text\": \"a\0\"}", "-: binary input, not text")]
    public void Reports_bad_standard_input(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(ReadStandardInput(content)).Error?.ToString());
    }

    [Fact]
    public void Standard_input_is_opened_only_when_reached()
    {
        var opened = 0;
        var source = new DocumentSource(new SourceOptions(), () =>
        {
            opened++;
            return new MemoryStream("text"u8.ToArray());
        });

        var items = source.Read(["-"]);
        Assert.Equal(0, opened);

        Assert.Single(items.ToList());
        Assert.Equal(1, opened);
    }

    [Fact]
    public void Failing_to_open_standard_input_is_an_error_not_an_exception()
    {
        var source = new DocumentSource(new SourceOptions(), () => throw new IOException("Bad file descriptor"));

        var error = Assert.Single(source.Read(["-"])).Error;

        Assert.Equal("-: cannot read: bad file descriptor", error?.ToString());
    }

    private static List<SourceItem> ReadStandardInput(string content) =>
        ReadStandardInput(new NonSeekableStream(Encoding.UTF8.GetBytes(content)));

    private static List<SourceItem> ReadStandardInput(Stream stream, long maxBytes = 1024) =>
        new DocumentSource(new SourceOptions(maxBytes), () => stream).Read(["-"]).ToList();
}
