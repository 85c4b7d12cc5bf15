using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Pantau.Cli;
using Pantau.Cli.Store;

var root = new RootCommand("Pantau reads news and extracts sourced claims of military support between states.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(QueryCommands.Claims());
root.Subcommands.Add(QueryCommands.Stories());
root.Subcommands.Add(QueryCommands.Story());
root.Subcommands.Add(QueryCommands.Export());

// Help ends with the command's exit statuses.
foreach (var help in root.Options.OfType<HelpOption>())
{
    if (help.Action is HelpAction standard)
        help.Action = new ExitStatusHelp(standard);
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && parsed.Action is not ExitStatusHelp) // "pantau story --help" shows help, not a missing id
{
    foreach (var error in parsed.Errors)
    {
        // System.CommandLine lists allowed values on lines of their own: keep the message on one line.
        var message = string.Join(' ', error.Message.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        Console.Error.WriteLine($"pantau: {message.Replace("'System.Int32'", "a whole number")}");
    }
    Console.Error.WriteLine("Try 'pantau --help'.");
    return ExitCodes.Usage;
}
return parsed.Invoke();

/// <summary>The standard help, then the exit statuses of the command asked about (<see cref="ExitCodes.HelpFor"/>).</summary>
internal sealed class ExitStatusHelp(HelpAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        int result = standard.Invoke(parseResult);
        if (ExitCodes.HelpFor(parseResult.CommandResult.Command.Name) is { } statuses)
            Console.Out.Write(statuses + "\n");
        return result;
    }
}
