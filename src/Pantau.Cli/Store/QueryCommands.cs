using System.CommandLine;
using Pantau.Cli.Output.Stored;
using Pantau.Store;
using Pantau.Store.Database;

namespace Pantau.Cli.Store;

/// <summary><c>pantau claims</c>, <c>pantau stories</c>, <c>pantau story N</c> and <c>pantau export</c>: reading the claim database.</summary>
internal static class QueryCommands
{
    public static Command Claims()
    {
        var db = StoreAccess.DbOption();
        var filters = new FilterOptions();
        var (format, output) = ListOptions();
        var command = new Command("claims", "List stored claims matching the filters") { db, format, output };
        filters.AddTo(command);
        command.SetAction(parse => Query(parse.GetValue(db)!, parse.GetValue(output), target =>
        {
            if (filters.Read(parse) is not { } filter || ListFormats.Choose(parse.GetValue(format), target) is not { } chosen)
                return null;
            return store => { ClaimListWriter.Write(store.Claims(filter), chosen, target); return ExitCodes.Success; };
        }));
        return command;
    }

    public static Command Stories()
    {
        var db = StoreAccess.DbOption();
        var filters = new FilterOptions();
        var (format, output) = ListOptions();
        var command = new Command("stories", "List stories with at least one claim matching the filters, most independent origins first") { db, format, output };
        filters.AddTo(command);
        command.SetAction(parse => Query(parse.GetValue(db)!, parse.GetValue(output), target =>
        {
            if (filters.Read(parse) is not { } filter || ListFormats.Choose(parse.GetValue(format), target) is not { } chosen)
                return null;
            return store => { StoryListWriter.Write(store.Stories(filter), chosen, target); return ExitCodes.Success; };
        }));
        return command;
    }

    public static Command Story()
    {
        var id = new Argument<long>("id") { Description = "The story's id, as 'pantau stories' lists it" };
        var db = StoreAccess.DbOption();
        var format = new Option<string?>("--format", "-f") { Description = "text (default on a terminal) or json (default when piped)" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("story", "Show one story in full: sources, figures, modalities and evidence") { id, db, format, output };
        command.SetAction(parse => Query(parse.GetValue(db)!, parse.GetValue(output), target => (IClaimStore store) =>
        {
            long storyId = parse.GetValue(id);
            if (store.Story(storyId) is not { } story)
            {
                Console.Error.WriteLine($"pantau: {store.Location.DisplayName}: no story {storyId}; 'pantau stories' lists them");
                return ExitCodes.SomeFailed;
            }
            if ((parse.GetValue(format) ?? (target.IsTerminal ? "text" : "json")) == "json")
            {
                StoryReport.WriteJson(story, target.Stream);
            }
            else
            {
                using var text = target.Text();
                StoryReport.WriteText(story, text, target.Width);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Export()
    {
        var db = StoreAccess.DbOption();
        var filters = new FilterOptions();
        var format = new Option<string>("--format", "-f") { Description = "plover: PLOVER/POLECAT-style event records as JSON Lines", DefaultValueFactory = _ => "plover" };
        format.AcceptOnlyFromAmong("plover");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export stored claims as event records") { db, format, output };
        filters.AddTo(command);
        command.SetAction(parse => Query(parse.GetValue(db)!, parse.GetValue(output), target =>
        {
            if (filters.Read(parse) is not { } filter)
                return null;
            return store => { PloverWriter.Write(store.Claims(filter), target.Stream); return ExitCodes.Success; };
        }));
        return command;
    }

    private static (Option<string?> Format, Option<string?> Output) ListOptions()
    {
        var format = new Option<string?>("--format", "-f") { Description = "table (default on a terminal), jsonl (default when piped), csv, or parquet (to a file)" };
        format.AcceptOnlyFromAmong(ListFormats.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        return (format, output);
    }

    /// <summary>
    /// Checks the options (<paramref name="prepare"/> gives the query, or null after printing a usage
    /// error), opens the store without creating it, runs the query, and turns store failures and a
    /// closed pipe into one line and an exit code.
    /// </summary>
    private static int Query(string db, string? outputPath, Func<OutputTarget, Func<IClaimStore, int>?> prepare)
    {
        using var target = OutputTarget.Open(outputPath);
        if (target is null)
            return ExitCodes.Usage;
        if (prepare(target) is not { } run)
            return ExitCodes.Usage;
        using var store = StoreAccess.Open(db, create: false);
        if (store is null)
            return ExitCodes.Database;
        try
        {
            return run(store);
        }
        catch (StoreException e)
        {
            return StoreAccess.Report(e);
        }
        catch (IOException e) when (e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase))
        {
            return ExitCodes.Success; // the reader went away ("| head")
        }
    }

}
