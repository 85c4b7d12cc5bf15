using System.CommandLine;
using System.Text;
using Pantau.Cli.Output;
using Pantau.Languages;
using Pantau.Pipeline;
using Pantau.Sources;

namespace Pantau.Cli;

/// <summary><c>pantau extract</c>: claims from files, folders or standard input, in the chosen format.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (text, HTML, JSON Lines), folders (read recursively) or - for standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default on a terminal), jsonl (default when piped), json or csv",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "json", "csv");
        var date = new Option<string?>("--date")
        {
            Description = "Publication date (YYYY-MM-DD) of the inputs, over their metadata and datelines; relative dates resolve against it",
        };
        var language = new Option<string?>("--lang")
        {
            Description = "Language of the inputs (ISO 639-1, e.g. id, en), instead of metadata or detection",
        };
        var lexicons = new Option<string?>("--lexicons")
        {
            Description = "Read language data from this folder instead of the embedded lexicons",
        };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "Largest document to read, in MB",
            DefaultValueFactory = _ => 50,
        };

        var trace = new Option<bool>("--trace")
        {
            Description = "Write what was recognised in each sentence to standard error (for lexicon work)",
        };

        var command = new Command("extract", "Extract claims of military support from news articles")
        {
            inputs, format, date, language, lexicons, maxSize, trace,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format),
            parse.GetValue(date),
            parse.GetValue(language),
            parse.GetValue(lexicons),
            parse.GetValue(maxSize),
            parse.GetValue(trace)));
        return command;
    }

    private static int Run(string[] inputs, string? formatName, string? dateText, string? language, string? lexiconFolder, int maxSizeMb, bool trace)
    {
        if (ExtractorSetup.CheckInputs(inputs, required: true, dateText, maxSizeMb, out var date) is { } problem)
            return ExtractorSetup.Usage(problem);
        if (ExtractorSetup.Create(lexiconFolder, language, out int setupFailure) is not { } extractor)
            return setupFailure;

        var format = formatName is null
            ? Console.IsOutputRedirected ? OutputFormat.Jsonl : OutputFormat.Table
            : Enum.Parse<OutputFormat>(formatName, ignoreCase: true);
        var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        using IClaimWriter writer = format switch
        {
            OutputFormat.Jsonl => new JsonLinesClaimWriter(buffered),
            OutputFormat.Json => new JsonClaimWriter(buffered),
            OutputFormat.Csv => new CsvClaimWriter(text),
            _ => new TableClaimWriter(text, Console.IsOutputRedirected ? 120 : Math.Max(60, Console.WindowWidth)),
        };

        var source = new DocumentSource(new SourceOptions(MaxDocumentBytes: (long)maxSizeMb * 1024 * 1024));
        bool failed = false;
        try
        {
            // Documents are extracted on every core and come back in input order, so that claims,
            // notices and traces read as one thread would write them.
            var extracted = source.Read(inputs)
                .AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Environment.ProcessorCount)
                .Select(item => (item, Result: item.Document is { } document
                    ? extractor.Extract(new Article(document.Id, document.Text, language ?? document.Language, date ?? document.Date))
                    : null));
            foreach (var (item, result) in extracted)
            {
                if (item.Error is { } error)
                {
                    failed = true;
                    Console.Error.WriteLine($"pantau: {error}");
                    continue;
                }
                if (result!.Message is { } notice)
                    Console.Error.WriteLine($"pantau: {item.Document!.Id}: {notice}");
                if (trace && result.Document is { } traced)
                    DocumentTrace.Write(traced, Console.Error);
                writer.Write(result);
            }
            writer.Complete();
        }
        catch (AggregateException e) when (e.InnerException is LexiconException lexicon)
        {
            return ExtractorSetup.LexiconProblems(lexicon);
        }
        catch (IOException e) when (e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase))
        {
            return ExitCodes.Success; // the reader went away ("| head"): nothing left to do
        }
        return failed ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
