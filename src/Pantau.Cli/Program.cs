using System.CommandLine;
using Pantau.Cli;
using Pantau.Cli.Store;

var root = new RootCommand("Pantau reads news and extracts sourced claims of military support between states.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(QueryCommands.Claims());
root.Subcommands.Add(QueryCommands.Stories());
root.Subcommands.Add(QueryCommands.Story());
root.Subcommands.Add(QueryCommands.Export());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
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
