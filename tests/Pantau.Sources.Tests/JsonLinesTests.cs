using System.Text;
using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

public sealed class JsonLinesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_broken_line_in_the_middle_does_not_stop_the_other_records()
    {
        var path = _temp.Write("feed.jsonl", string.Join('\n',
            """{"text": "First article."}""",
            "",
            """{"id": "b", "text": "broken",""",
            """{"id": "c", "title": "Title C", "text": "Third\r\narticle.", "date": "2024-05-01T10:00:00Z", "lang": "en-GB", "url": "https://example.org/c", "extra": [1]}""",
            """{"id": "d", "title": "no text"}""",
            """{"id": 42, "text": "Numbered id.", "date": "soon", "lang": "English"}"""));

        var items = Reading.Items(path);

        Assert.Collection(
            items,
            i => Assert.Equal(new SourceDocument($"{path}:1", path, 1, "First article.", null, null, null, null, SourceFormat.JsonLines), i.Document),
            i => Assert.Equal((SourceErrorKind.InvalidJson, 3, path), (i.Error!.Kind, i.Error.Line!.Value, i.Error.Origin)),
            i => Assert.Equal(
                new SourceDocument("c", path, 4, "Third\r\narticle.", "Title C", new DateOnly(2024, 5, 1), "en", "https://example.org/c", SourceFormat.JsonLines),
                i.Document),
            i => Assert.Equal((SourceErrorKind.MissingText, 5), (i.Error!.Kind, i.Error.Line!.Value)),
            i => Assert.Equal(new SourceDocument("42", path, 6, "Numbered id.", null, null, null, null, SourceFormat.JsonLines), i.Document));
    }

    [Theory]
    [InlineData("{\"text\": \"ok\",}", "invalid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode (column 15)")]
    [InlineData("{\"tëxt\": x}", "invalid JSON: 'x' is an invalid start of a value (column 10)")]
    [InlineData("{\"text\": \"never closed", "invalid JSON: the line ends before the JSON value does (column 23)")]
    [InlineData("{\"text\": \"a\"} {\"text\": \"b\"}", "invalid JSON: '{' is invalid after a single JSON value (column 15)")]
    public void A_broken_line_gets_a_short_reason_with_its_column(string line, string expected)
    {
        var path = _temp.Write("feed.jsonl", line + "\n");

        Assert.Equal($"{path}:1: {expected}", Assert.Single(Reading.Items(path)).Error?.ToString());
    }

    [Fact]
    public void Windows_line_ends_and_a_byte_order_mark_are_not_part_of_a_record()
    {
        var path = _temp.Write("feed.ndjson", [.. Encoding.UTF8.GetPreamble(), .. "{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n"u8]);

        var texts = Reading.Items(path).Select(i => i.Document?.Text);

        Assert.Equal(["one", "two"], texts);
    }

    [Fact]
    public void The_size_limit_is_per_record_not_per_file()
    {
        var records = Enumerable.Range(1, 50).Select(n => $$"""{"id": "r{{n}}", "text": "Record number {{n}}."}""");
        var path = _temp.Write("big.jsonl", string.Join('\n', records));
        Assert.True(new FileInfo(path).Length > 1000);

        var items = Reading.Items(new SourceOptions(MaxDocumentBytes: 100), path);

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"r{n}"), items.Select(i => i.Document!.Id));
    }

    [Fact]
    public void A_record_over_the_limit_is_skipped_and_counted_without_losing_its_neighbours()
    {
        var path = _temp.Write("feed.jsonl", "{\"text\": \"a\"}\n{\"text\": \"" + new string('x', 200_000) + "\"}\n{\"text\": \"c\"}");

        var items = Reading.Items(new SourceOptions(MaxDocumentBytes: 1024), path);

        Assert.Collection(
            items,
            i => Assert.Equal("a", i.Document?.Text),
            i => Assert.Equal($"{path}:2: record is 195.3 KB, over the 1 KB limit per document; split it or raise --max-size", i.Error?.ToString()),
            i => Assert.Equal(("c", 3), (i.Document!.Text, i.Document.Line!.Value)));
    }

    [Fact]
    public void Records_come_out_before_the_rest_of_the_file_is_read()
    {
        var path = _temp.Write("feed.jsonl", "{\"text\": \"first\"}\n{\"text\": \"second\"}\n");
        using var items = new DocumentSource(new SourceOptions()).Read([path]).GetEnumerator();

        Assert.True(items.MoveNext());
        File.AppendAllText(path, "{\"text\": \"appended while reading\"}\n");
        var rest = new List<string>();
        while (items.MoveNext())
        {
            rest.Add(items.Current.Document!.Text);
        }

        Assert.Equal(["second", "appended while reading"], rest);
    }

    public void Dispose() => _temp.Dispose();
}
