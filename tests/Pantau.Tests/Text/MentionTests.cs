using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Tests.Text;

public class MentionTests
{
    private static readonly CueEntry Bloc = new("en/cues.tsv:1", "the bloc", CueKind.OrganizationAnaphor);
    private static readonly ActorEntry EuropeanUnion = new("en/actors.tsv:1", "the bloc", "EU", ActorRole.Government);

    [Fact]
    public void Answers_what_it_is_from_its_entries()
    {
        var mention = new Mention(0, 2, new TextSpan(0, 8), [Bloc]);
        Assert.True(mention.IsCue(CueKind.OrganizationAnaphor));
        Assert.False(mention.IsCue(CueKind.Speech));
        Assert.Null(mention.Get<ActorEntry>());
    }

    [Fact]
    public void A_copy_with_new_entries_answers_for_the_new_entries()
    {
        // The reference stage resolves "the bloc" by adding the organisation's row to the mention.
        var mention = new Mention(0, 2, new TextSpan(0, 8), [Bloc]) with { Entries = [Bloc, EuropeanUnion] };
        Assert.Equal("EU", mention.Get<ActorEntry>()?.Code);
        Assert.True(mention.IsCue(CueKind.OrganizationAnaphor));
    }
}
