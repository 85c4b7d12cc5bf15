namespace Pantau.Sources.Inputs;

/// <summary>What walking a directory finds: a file to read, or a directory that could not be listed.</summary>
internal abstract record WalkEntry(string Path);

/// <param name="Path">The file's path: the directory as given joined with the names below it.</param>
/// <param name="Format">The format named by the file's extension.</param>
/// <param name="IsEmpty">The directory entry has length zero (which is also what a named pipe reports).</param>
internal sealed record FoundFile(string Path, SourceFormat Format, bool IsEmpty) : WalkEntry(Path);

/// <param name="Path">The directory's path.</param>
/// <param name="Failure">Why it could not be listed.</param>
internal sealed record UnlistableDirectory(string Path, SourceFailure Failure) : WalkEntry(Path);

/// <summary>
/// Walks a directory lazily, yielding files in ordinal order of their full paths.
/// </summary>
/// <remarks>
/// Only files with a known extension are yielded; others (README.md, images) are skipped silently, as are
/// hidden entries (names starting with '.'). Symbolic links to files are followed; links to directories
/// are not, so a link back to a parent cannot loop (as with find and ripgrep by default).
/// Sorting each directory's entries by name, with '/' appended to directory names, gives the same order
/// as sorting all full paths: "a.txt" &lt; "a/b.txt" because '.' &lt; '/'.
/// </remarks>
internal static class DirectoryWalker
{
    public static IEnumerable<WalkEntry> Walk(string directory)
    {
        var listing = List(directory, out var failure);
        if (failure is not null)
        {
            yield return new UnlistableDirectory(directory, failure);
            yield break;
        }

        foreach (var entry in listing)
        {
            var path = Path.Join(directory, entry.Name);
            if (entry.IsDirectory)
            {
                foreach (var inner in Walk(path))
                {
                    yield return inner;
                }
            }
            else if (InputFormats.FromExtension(entry.Name) is SourceFormat format)
            {
                yield return new FoundFile(path, format, entry.IsEmpty);
            }
        }
    }

    private static List<ListedEntry> List(string directory, out SourceFailure? failure)
    {
        var oneLevel = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,

            // Hidden entries are recognised by name below, the same on every platform.
            AttributesToSkip = 0,
        };

        try
        {
            var entries = new DirectoryInfo(directory)
                .EnumerateFileSystemInfos("*", oneLevel)
                .Where(e => !e.Name.StartsWith('.') && !(e is DirectoryInfo && e.LinkTarget is not null))
                .Select(e => new ListedEntry(e.Name, e is DirectoryInfo, e is FileInfo { Length: 0 }))
                .ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            failure = null;
            return entries;
        }
        catch (Exception e) when (FileFailures.IsInputFailure(e))
        {
            failure = FileFailures.From(e, directory);
            return [];
        }
    }

    private readonly record struct ListedEntry(string Name, bool IsDirectory, bool IsEmpty)
    {
        public string SortKey => IsDirectory ? Name + "/" : Name;
    }
}
