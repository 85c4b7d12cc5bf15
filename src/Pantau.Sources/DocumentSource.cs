using Pantau.Sources.Inputs;

namespace Pantau.Sources;

/// <summary>
/// Turns the command line's inputs (file paths, directory paths, "-" for standard input) into documents,
/// or one-line errors. Bad input never throws: a missing, unreadable, binary or malformed input is a
/// <see cref="SourceError"/> and the inputs after it are still read.
/// </summary>
/// <remarks>
/// The format comes from the extension (.txt .text, .html .htm .xhtml, .jsonl .ndjson); for any other
/// extension given explicitly, and for standard input, from the first non-whitespace character
/// ('&lt;' HTML, '{' JSON Lines, else plain text). Text must be UTF-8, or UTF-16 with a byte order mark.
/// An instance holds no state between calls and may be shared across threads.
/// </remarks>
public sealed class DocumentSource
{
    private const string StandardInputName = "-";

    private readonly Func<Stream> _standardInput;
    private readonly StreamDocumentReader _reader;

    /// <param name="options">The limits.</param>
    /// <param name="standardInput">Opens standard input when an input is "-"; defaults to <see cref="Console.OpenStandardInput()"/>. The stream is not disposed.</param>
    public DocumentSource(SourceOptions options, Func<Stream>? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDocumentBytes);
        _standardInput = standardInput ?? Console.OpenStandardInput;
        _reader = new StreamDocumentReader(options);
    }

    /// <summary>
    /// Lazily yields documents and errors in input order: nothing is opened until the caller enumerates.
    /// Directories are walked recursively in ordinal order of their paths, reading only known extensions
    /// and skipping hidden entries (names starting with '.').
    /// </summary>
    public IEnumerable<SourceItem> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.SelectMany(ReadInput);
    }

    private IEnumerable<SourceItem> ReadInput(string input)
    {
        if (input == StandardInputName)
        {
            return ReadStandardInput();
        }

        if (Directory.Exists(input))
        {
            return ReadDirectory(input);
        }

        return ReadFile(input, InputFormats.FromExtension(input));
    }

    /// <summary>A directory's articles; one holding none says so, since a run that read nothing is no success.</summary>
    private IEnumerable<SourceItem> ReadDirectory(string directory)
    {
        bool found = false;
        foreach (var entry in DirectoryWalker.Walk(directory))
        {
            found = true;
            foreach (var item in ReadWalkEntry(entry))
                yield return item;
        }
        if (!found)
            yield return InputFailures.NoArticles().At(directory);
    }

    private IEnumerable<SourceItem> ReadWalkEntry(WalkEntry entry) => entry switch
    {
        UnlistableDirectory directory => [directory.Failure.At(directory.Path)],

        // Decided from the listing without opening: opening a named pipe would block until someone writes to it.
        FoundFile { IsEmpty: true } file => [InputFailures.Empty("file").At(file.Path)],
        FoundFile file => ReadFile(file.Path, file.Format),
        _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "unknown walk entry"),
    };

    private IEnumerable<SourceItem> ReadFile(string path, SourceFormat? format)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (FileFailures.IsInputFailure(e))
        {
            return [FileFailures.From(e, path).At(path)];
        }

        return Owned(stream, _reader.Read(path, stream, format, noun: "file"));
    }

    private IEnumerable<SourceItem> ReadStandardInput()
    {
        Stream stream;
        try
        {
            stream = _standardInput();
        }
        catch (Exception e) when (FileFailures.IsInputFailure(e))
        {
            return [FileFailures.From(e, StandardInputName).At(StandardInputName)];
        }

        return _reader.Read(StandardInputName, stream, format: null, noun: "input");
    }

    /// <summary>Yields <paramref name="items"/> and closes <paramref name="stream"/> when they are done or the caller stops early.</summary>
    private static IEnumerable<SourceItem> Owned(Stream stream, IEnumerable<SourceItem> items)
    {
        using (stream)
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }
}
