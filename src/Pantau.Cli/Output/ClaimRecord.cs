using Pantau.Claims;
using Pantau.Pipeline;

namespace Pantau.Cli.Output;

/// <summary>A claim with the document it came from: what every output format writes.</summary>
internal sealed record ClaimRecord(ExtractionResult Result, Claim Claim)
{
    public string Doc => Result.Article.Id;

    public string Text(Text.TextSpan span) => Result.Document!.SliceString(span);
}

/// <summary>Names of enum values as the output writes them: "rocket_launchers", "air_defense".</summary>
internal static class Names
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
