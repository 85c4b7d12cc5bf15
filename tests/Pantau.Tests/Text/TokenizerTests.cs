using Pantau.Text;

namespace Pantau.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text, Segmentation segmentation = Segmentation.Spaces) =>
        new Tokenizer(segmentation).Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("sekitar 11.000 tentara", new[] { "sekitar", "11.000", "tentara" })]
    [InlineData("1,5 juta", new[] { "1,5", "juta" })]
    [InlineData("C$406 million", new[] { "C", "$", "406", "million" })]
    [InlineData("F-16s and Su-35, 2.5bn", new[] { "F", "-", "16", "s", "and", "Su", "-", "35", ",", "2.5", "bn" })]
    [InlineData("Kyiv’s \"troops\".", new[] { "Kyiv", "’", "s", "\"", "troops", "\"", "." })]
    [InlineData("Suarathailand- Korea", new[] { "Suarathailand", "-", "Korea" })]
    [InlineData("(11/2/2025)", new[] { "(", "11", "/", "2", "/", "2025", ")" })]
    [InlineData("Россией и КНДР", new[] { "Россией", "и", "КНДР" })]
    public void Splits_words_numbers_and_symbols(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Splits_ideographs_one_by_one_but_keeps_digits_and_latin_runs()
    {
        Assert.Equal(["朝", "鲜", "向", "俄", "罗", "斯", "提", "供", "了", "200", "门", "NATO"], Tokens("朝鲜向俄罗斯提供了200门NATO", Segmentation.Characters));
    }

    [Fact]
    public void A_trailing_period_is_not_part_of_a_number()
    {
        Assert.Equal(["in", "2024", "."], Tokens("in 2024."));
    }
}
