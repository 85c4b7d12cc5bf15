using System.Text.Json;
using Pantau.Cli.Output;

namespace Pantau.Tests.Corpus;

/// <summary>The seed article: every one of its 16 hand-annotated claims must come out.</summary>
[Collection(DevCorpusCollection.Name)]
public class SeedTests(DevCorpus corpus)
{
    public static TheoryData<int> GoldIndexes() => new(Enumerable.Range(0, 16));

    [Theory]
    [MemberData(nameof(GoldIndexes))]
    public void Extracts_seed_claim(int index)
    {
        var seed = corpus.Documents.Single(d => d.Id == "seed");
        var gold = seed.Claims[index];
        var result = corpus.Results["seed"];
        var predicted = result.Claims.Select(Describe).ToList();
        var expected = Describe(gold);
        Assert.True(predicted.Contains(expected),
            $"missing {expected}\nquote: {gold.GetProperty("quote").GetString()}\npredicted:\n  {string.Join("\n  ", predicted)}");
    }

    /// <summary>Key, figure and attribution of a gold claim, in a comparable string.</summary>
    private static string Describe(JsonElement gold)
    {
        var quantity = gold.GetProperty("quantity");
        var figure = quantity.ValueKind == JsonValueKind.Object ? string.Join(",", quantity.EnumerateObject().OrderBy(p => p.Name).Select(p => $"{p.Name}={p.Value}")) : "-";
        var attribution = string.Join(",", gold.GetProperty("attribution").EnumerateArray().Select(a => a.GetString()).Order());
        var item = gold.GetProperty("item").ValueKind == JsonValueKind.String ? gold.GetProperty("item").GetString() : "-";
        return $"{gold.GetProperty("type").GetString()} {gold.GetProperty("actor").GetString()}->{gold.GetProperty("recipient").GetString()} {item} [{figure}] {gold.GetProperty("modality").GetString()} by {attribution}";
    }

    private static string Describe(Claims.Claim claim)
    {
        var figure = ClaimText.Figure(claim.Quantity);
        var attribution = string.Join(",", claim.Attribution.Select(a => a.Code).Order());
        var item = claim.Item is { } i ? Names.Of(i.Category) : "-";
        return $"{Names.Of(claim.Type)} {claim.Actor.Code}->{claim.Recipient.Code} {item} [{figure}] {Names.Of(claim.Modality)} by {attribution}";
    }
}
