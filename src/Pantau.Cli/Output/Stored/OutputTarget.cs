using System.Text;

namespace Pantau.Cli.Output.Stored;

/// <summary>Where a query's result goes: <c>--output FILE</c>, or standard output; and whether a person is reading it.</summary>
internal sealed class OutputTarget : IDisposable
{
    private OutputTarget(Stream stream, bool isTerminal, bool isFile)
    {
        Stream = stream;
        IsTerminal = isTerminal;
        IsFile = isFile;
    }

    public Stream Stream { get; }

    /// <summary>Standard output is a terminal (no --output, not redirected): tables and text are the defaults.</summary>
    public bool IsTerminal { get; }

    /// <summary>A file given with --output: seekable, which Parquet needs.</summary>
    public bool IsFile { get; }

    public int Width => IsTerminal ? Math.Max(60, Console.WindowWidth) : 160;

    /// <summary>The target, or null after printing why the file cannot be written.</summary>
    public static OutputTarget? Open(string? path)
    {
        if (path is null)
            return new OutputTarget(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), !Console.IsOutputRedirected, isFile: false);
        try
        {
            return new OutputTarget(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 16), false, isFile: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"pantau: {path}: cannot write ({e.Message})");
            return null;
        }
    }

    public StreamWriter Text() => new(Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    public void Dispose()
    {
        Stream.Flush();
        Stream.Dispose();
    }
}

/// <summary>The formats of <c>pantau claims</c> and <c>pantau stories</c>.</summary>
internal enum ListFormat { Table, Jsonl, Csv, Parquet }

internal static class ListFormats
{
    public static readonly string[] Names = ["table", "jsonl", "csv", "parquet"];

    /// <summary>The format asked for, else a table for a person and JSON Lines for a program; null after printing why parquet cannot go there.</summary>
    public static ListFormat? Choose(string? name, OutputTarget target)
    {
        var format = name is null
            ? target.IsTerminal ? ListFormat.Table : ListFormat.Jsonl
            : Enum.Parse<ListFormat>(name, ignoreCase: true);
        if (format == ListFormat.Parquet && target.IsTerminal)
        {
            Console.Error.WriteLine("pantau: parquet is binary: give --output FILE or redirect standard output to a file");
            return null;
        }
        return format;
    }
}
