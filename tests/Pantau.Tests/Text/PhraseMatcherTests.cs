using Pantau.Matching;
using Pantau.Text;

namespace Pantau.Tests.Text;

public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Build(params string[] phrases)
    {
        var builder = new PhraseMatcher<string>.Builder(new Tokenizer(Segmentation.Spaces));
        foreach (var phrase in phrases)
            builder.Add(phrase, phrase);
        return builder.Build();
    }

    private static string[] Matches(PhraseMatcher<string> matcher, string text)
    {
        var tokens = new Tokenizer(Segmentation.Spaces).Tokenize(text);
        return matcher.Match(text, tokens).Select(m => text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End] + "=" + string.Join("|", m.Values)).ToArray();
    }

    [Fact]
    public void Leftmost_longest_wins()
    {
        var matcher = Build("Korea", "Korea Utara", "kementerian pertahanan Korea Selatan");
        Assert.Equal(
            ["kementerian pertahanan Korea Selatan=kementerian pertahanan Korea Selatan", "Korea Utara=Korea Utara"],
            Matches(matcher, "kementerian pertahanan Korea Selatan dan Korea Utara"));
    }

    [Fact]
    public void Falls_back_to_a_shorter_phrase_when_the_longer_one_breaks_off()
    {
        var matcher = Build("artillery", "artillery rounds");
        Assert.Equal(["artillery=artillery"], Matches(matcher, "artillery pieces"));
        Assert.Equal(["artillery rounds=artillery rounds"], Matches(matcher, "100,000 artillery rounds"));
    }

    [Fact]
    public void Matches_ignore_case_and_typographic_quotes()
    {
        var matcher = Build("Kyiv's", "north korea");
        Assert.Equal(["KYIV’s=Kyiv's", "North Korea=north korea"], Matches(matcher, "KYIV’s ally North Korea"));
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var matcher = Build("US", "AS");
        Assert.Equal(["US=US"], Matches(matcher, "the US told us"));
        Assert.Empty(Matches(matcher, "as well"));
    }

    [Fact]
    public void A_star_matches_any_ending()
    {
        var matcher = Build("Росси*", "Rusia*");
        Assert.Equal(["России=Росси*", "Rusianya=Rusia*"], Matches(matcher, "России Rusianya Rus"));
    }

    [Fact]
    public void All_values_of_one_form_come_back_together()
    {
        var builder = new PhraseMatcher<string>.Builder(new Tokenizer(Segmentation.Spaces));
        builder.Add("pengiriman", "trigger");
        builder.Add("pengiriman", "unit");
        Assert.Equal(["pengiriman=trigger|unit"], Matches(builder.Build(), "pengiriman"));
    }
}
