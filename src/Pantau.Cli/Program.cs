using System.CommandLine;
using Pantau.Cli;

var root = new RootCommand("Pantau reads news and extracts sourced claims of military support between states.");
root.Subcommands.Add(ExtractCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"pantau: {error.Message}");
    Console.Error.WriteLine("Try 'pantau --help'.");
    return ExitCodes.Usage;
}
return parsed.Invoke();
