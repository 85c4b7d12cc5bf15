using System.CommandLine;
using Pantau.Cli;

var root = new RootCommand("Pantau reads news and extracts sourced claims of military support between states.");
root.Subcommands.Add(ExtractCommand.Create());

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
