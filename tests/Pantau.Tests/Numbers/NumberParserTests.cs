using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Text;

namespace Pantau.Tests.Numbers;

public class NumberParserTests
{
    private static readonly LanguageProfile Indonesian = new("id", "Indonesian", Segmentation.Spaces, ',', '.', NumericDateOrder.Dmy, PhraseHead.First, [], [], ["nya"]);
    private static readonly LanguageProfile English = new("en", "English", Segmentation.Spaces, '.', ',', NumericDateOrder.Mdy, PhraseHead.Last, [], [], []);

    [Theory]
    [InlineData("11.000", 11000)]
    [InlineData("1,5", 1.5)]
    [InlineData("2.300.000", 2300000)]
    [InlineData("4,8", 4.8)]
    [InlineData("200", 200)]
    public void Reads_Indonesian_separators(string token, double expected)
    {
        Assert.True(NumberParser.TryParse(token, Indonesian, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("11,000", 11000)]
    [InlineData("1.5", 1.5)]
    [InlineData("2,300,000", 2300000)]
    [InlineData("6.75", 6.75)]
    public void Reads_English_separators(string token, double expected)
    {
        Assert.True(NumberParser.TryParse(token, English, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Reads_digits_of_other_scripts() =>
        Assert.True(NumberParser.TryParse("١٢٠٠", English, out var value) && value == 1200);

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1,5,2")]
    public void Rejects_two_decimal_separators(string token)
    {
        Assert.False(NumberParser.TryParse(token, Indonesian, out _));
        Assert.False(NumberParser.TryParse(token, English, out _));
    }

    [Fact]
    public void Random_integers_round_trip_in_both_styles()
    {
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            long n = random.NextInt64(0, 10_000_000_000);
            var english = n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
            var indonesian = english.Replace(',', '.');
            Assert.True(NumberParser.TryParse(english, English, out var e), english);
            Assert.True(NumberParser.TryParse(indonesian, Indonesian, out var d), indonesian);
            Assert.Equal(n, e);
            Assert.Equal(n, d);
        }
    }
}
