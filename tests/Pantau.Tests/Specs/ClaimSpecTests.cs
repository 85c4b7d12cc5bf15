using System.Globalization;
using Pantau.Cli.Output;
using Pantau.Pipeline;

namespace Pantau.Tests.Specs;

/// <summary>
/// Runs every example of <c>claims.spec.md</c>: one named test per example, comparing the
/// claims extracted from its text with the claims the example lists.
/// </summary>
public class ClaimSpecTests
{
    private static readonly Lazy<Extractor> SharedExtractor = new(Extractor.CreateDefault);

    public sealed record Example(string Name, string Language, DateOnly Date, string Text, string[] Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Example> Examples()
    {
        var data = new TheoryData<Example>();
        foreach (var example in Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "claims.spec.md"))))
            data.Add(example);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Extracts_the_listed_claims(Example example)
    {
        var result = SharedExtractor.Value.Extract(new Article(example.Name, example.Text, example.Language, example.Date));
        var actual = result.Claims.Select(Describe).ToArray();
        Assert.True(example.Expected.Order().SequenceEqual(actual.Order()),
            $"expected:\n  {string.Join("\n  ", example.Expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    [Fact]
    public void The_spec_has_examples() => Assert.True(Examples().Count >= 10);

    private static string Describe(Pantau.Claims.Claim claim)
    {
        var figure = ClaimText.Figure(claim.Quantity);
        var attribution = claim.Attribution.Count == 0 ? "-" : string.Join(",", claim.Attribution.Select(a => a.Code).Order());
        var item = claim.Item is { } i ? Names.Of(i.Category) : "-";
        var stage = claim.Stage is { } s ? Names.Of(s) : "-";
        return $"{Names.Of(claim.Type)} {claim.Actor.Code}->{claim.Recipient.Code} {item} [{figure}] {Names.Of(claim.Modality)} {stage} by {attribution} @{claim.Time?.ToString() ?? "-"}";
    }

    private static IEnumerable<Example> Parse(string spec)
    {
        foreach (var section in spec.Split("\n## ").Skip(1))
        {
            var lines = section.Split('\n');
            var header = lines.Single(l => l.StartsWith("lang: ", StringComparison.Ordinal));
            var fields = header.Split(", ").Select(f => f.Split(": ")).ToDictionary(f => f[0], f => f[1]);
            var text = string.Join("\n\n", lines.Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..]));
            var expected = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToArray();
            yield return new Example(lines[0].Trim(), fields["lang"], DateOnly.Parse(fields["date"], CultureInfo.InvariantCulture), text, expected);
        }
    }
}
