using System.Runtime.Versioning;
using Pantau.Sources.Inputs;
using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

public sealed class UnreadableInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [FactWherePermissionsApply]
    [UnsupportedOSPlatform("windows")]
    public void A_file_and_a_directory_without_read_permission_are_reported_and_the_walk_goes_on()
    {
        _temp.Write("news/a.txt", "Readable.");
        var secret = _temp.Write("news/b.txt", "Secret.");
        var locked = _temp.PathOf("news/c/");
        _temp.Write("news/c/inside.txt", "Behind a locked directory.");
        _temp.Write("news/d.txt", "Also readable.");
        File.SetUnixFileMode(secret, UnixFileMode.None);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var lines = Reading.Items(Path.Combine(_temp.Path, "news")).Select(i => i.Document?.Text ?? i.Error!.ToString());

        Assert.Equal(
            [
                "Readable.",
                $"{secret}: cannot read: permission denied",
                $"{Path.Combine(_temp.Path, "news", "c")}: cannot read: permission denied",
                "Also readable.",
            ],
            lines);
    }

    [Fact]
    public void Permission_denied_is_unreadable()
    {
        var failure = FileFailures.From(new UnauthorizedAccessException("Access to the path '/x' is denied."), "/x");

        Assert.Equal(new SourceFailure(SourceErrorKind.Unreadable, "cannot read: permission denied"), failure);
    }

    [Fact]
    public void Other_io_errors_keep_the_system_reason_without_the_path()
    {
        var failure = FileFailures.From(new IOException("Input/output error : '/mnt/news/a.txt'"), "/mnt/news/a.txt");

        Assert.Equal(new SourceFailure(SourceErrorKind.Unreadable, "cannot read: input/output error"), failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad\0name.txt")]
    public void A_path_that_cannot_exist_is_not_found(string path)
    {
        var error = Assert.Single(Reading.Items(path)).Error;

        Assert.Equal(SourceErrorKind.NotFound, error?.Kind);
    }

    public void Dispose() => _temp.Dispose();
}
