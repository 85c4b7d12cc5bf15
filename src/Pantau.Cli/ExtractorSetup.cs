using System.Globalization;
using Pantau.Languages;
using Pantau.Pipeline;

namespace Pantau.Cli;

/// <summary>The checks and set-up that <c>extract</c> and <c>ingest</c> share: the same options, the same messages.</summary>
internal static class ExtractorSetup
{
    /// <summary>
    /// The option checks <c>extract</c> and <c>ingest</c> share: inputs given (when required) and none an
    /// unknown option, the date, the size limit. Null when all hold, else the message.
    /// </summary>
    public static string? CheckInputs(string[] inputs, bool required, string? dateText, int maxSizeMb, out DateOnly? date)
    {
        date = null;
        if (inputs.Length == 0 && required)
            return "no input: give files, folders, or - for standard input";
        if (inputs.FirstOrDefault(i => i.StartsWith('-') && i != "-") is { } unknown)
            return $"unknown option '{unknown}'";
        if (ParseDate(dateText, "--date", out date) is { } badDate)
            return badDate;
        return maxSizeMb <= 0 ? "--max-size must be a positive number of MB" : null;
    }

    /// <summary>Prints a usage error on one line and gives its exit code.</summary>
    public static int Usage(string message)
    {
        Console.Error.WriteLine($"pantau: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>Null when <paramref name="text"/> is a YYYY-MM-DD date (or absent), else the message.</summary>
    public static string? ParseDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (text is null)
            return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return $"{option} '{text}' is not a date in the form YYYY-MM-DD";
        date = parsed;
        return null;
    }

    /// <summary>
    /// The extractor for the embedded lexicons or a folder of them; null after printing the
    /// problem (a missing folder, an unknown --lang, lexicon errors), with the exit code in <paramref name="exitCode"/>.
    /// </summary>
    public static Extractor? Create(string? lexiconFolder, string? language, out int exitCode)
    {
        exitCode = ExitCodes.Usage;
        if (lexiconFolder is not null && !Directory.Exists(lexiconFolder))
            return Fail($"--lexicons '{lexiconFolder}' is not a folder");
        try
        {
            ILexiconStore store = lexiconFolder is null ? new EmbeddedLexiconStore() : new DirectoryLexiconStore(lexiconFolder);
            var catalog = new LanguageCatalog(store);
            if (language is not null && !catalog.Supports(language))
                return Fail($"--lang '{language}' has no lexicons; supported: {string.Join(", ", catalog.Languages)}");
            // Lexicons from a folder are being edited: check every language before reading any input.
            if (lexiconFolder is not null)
            {
                foreach (var code in catalog.Languages)
                    catalog.Get(code);
            }
            exitCode = ExitCodes.Success;
            return new Extractor(catalog, new LinguaLanguageIdentifier(catalog));
        }
        catch (LexiconException e)
        {
            exitCode = LexiconProblems(e);
            return null;
        }
    }

    public static int LexiconProblems(LexiconException e)
    {
        foreach (var problem in e.Problems)
            Console.Error.WriteLine($"pantau: {problem}");
        return ExitCodes.Usage;
    }

    private static Extractor? Fail(string message)
    {
        Console.Error.WriteLine($"pantau: {message}");
        return null;
    }
}
