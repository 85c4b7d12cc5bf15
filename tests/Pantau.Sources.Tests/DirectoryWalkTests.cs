using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

public sealed class DirectoryWalkTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Walks_recursively_in_ordinal_path_order_reading_only_known_extensions()
    {
        foreach (var name in new[]
        {
            "news/b.txt", "news/a.txt", "news/a/z.txt", "news/a-b.txt", "news/Z.text", "news/page.HTM",
            "news/sub/deep/page.xhtml", "news/README.md", "news/photo.jpg", "news/notes", "news/.hidden.txt",
            "news/.git/config.txt", "news/sub/.cache/x.html",
        })
        {
            _temp.Write(name, "Text of " + name);
        }

        _temp.Write("news/feed.ndjson", "{\"id\": \"r1\", \"text\": \"Record.\"}\n");

        // A link to a directory is not followed: here it would walk the tree twice.
        Directory.CreateSymbolicLink(_temp.PathOf("news/again"), _temp.PathOf("news"));
        var root = Path.Combine(_temp.Path, "news");

        var ids = Reading.Items(root).Select(i => i.Document?.Id ?? i.Error!.ToString());

        // Ordinal: upper case before lower case, '-' < '.' < '/' ("a-b.txt" < "a.txt" < "a/z.txt").
        Assert.Equal(
            [
                $"{root}/Z.text",
                $"{root}/a-b.txt",
                $"{root}/a.txt",
                $"{root}/a/z.txt",
                $"{root}/b.txt",
                "r1",
                $"{root}/page.HTM",
                $"{root}/sub/deep/page.xhtml",
            ],
            ids);
    }

    [Fact]
    public void Paths_keep_the_directory_as_given()
    {
        _temp.Write("corpus/2024/a.txt", "Text.");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_temp.Path, "corpus"));

        var document = Reading.SingleDocument(relative + "/");

        Assert.Equal(Path.Join(relative + "/", "2024/a.txt"), document.Id);
        Assert.Equal(document.Id, document.Origin);
    }

    [Fact]
    public void A_hidden_file_given_explicitly_is_read()
    {
        var path = _temp.Write(".notes.txt", "Hidden but asked for.");

        Assert.Equal("Hidden but asked for.", Reading.SingleDocument(path).Text);
    }

    [Fact]
    public void A_directory_with_no_articles_says_so()
    {
        Directory.CreateDirectory(_temp.PathOf("empty/"));
        _temp.Write("empty/nested/notes.md", "Not an article format.");

        var directory = Path.Combine(_temp.Path, "empty");
        var item = Assert.Single(Reading.Items(directory));
        Assert.Equal(SourceErrorKind.Empty, item.Error?.Kind);
        Assert.StartsWith($"{directory}: no articles in this directory", item.Error?.ToString());
    }

    [Fact]
    public void Errors_inside_a_directory_come_in_order_among_the_documents()
    {
        _temp.Write("news/a.txt", "First.");
        _temp.Write("news/b.txt", "");
        File.CreateSymbolicLink(_temp.PathOf("news/c.txt"), "nowhere.txt");
        _temp.Write("news/d.txt", "Last.");

        var items = Reading.Items(Path.Combine(_temp.Path, "news"));

        Assert.Equal(
            ["First.", "Empty", "Unreadable", "Last."],
            items.Select(i => i.Document?.Text ?? i.Error!.Kind.ToString()));
    }

    [Fact]
    public async Task A_named_pipe_in_a_directory_is_reported_empty_instead_of_blocking()
    {
        var pipe = _temp.PathOf("news/pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var reading = Task.Run(() => Reading.Items(Path.Combine(_temp.Path, "news")));
        var finished = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.True(finished == reading, "reading the directory blocked on the pipe");
        Assert.Equal($"{pipe}: empty file", Assert.Single(await reading).Error?.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
