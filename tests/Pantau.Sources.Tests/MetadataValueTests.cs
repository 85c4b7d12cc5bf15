using Pantau.Sources.Metadata;
using Pantau.Sources.Text;

namespace Pantau.Sources.Tests;

public sealed class MetadataValueTests
{
    [Theory]
    [InlineData("2024-03-14", "2024-03-14")]
    [InlineData(" 2024-03-14T23:59:59-05:00 ", "2024-03-14")]
    [InlineData("2024-03-14 09:30", "2024-03-14")]
    [InlineData("20240314", "2024-03-14")]
    [InlineData("20240314T0930", "2024-03-14")]
    [InlineData("2024-02-30", null)]
    [InlineData("2024-03-145", null)]
    [InlineData("14/03/2024", null)]
    [InlineData("March 14, 2024", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Takes_the_date_part(string? value, string? expected)
    {
        var parsed = MetadataDate.Parse(value);

        Assert.Equal(expected, parsed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("EN_gb", "en")]
    [InlineData(" id ", "id")]
    [InlineData("de, en", "de")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("ind", null)]
    [InlineData("English", null)]
    [InlineData("x-default", null)]
    [InlineData("e1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalizes_the_language_to_iso_639_1(string? tag, string? expected)
    {
        Assert.Equal(expected, LanguageCode.Normalize(tag));
    }

    [Theory]
    [InlineData(0, "0 bytes", "0 bytes")]
    [InlineData(1, "1 byte", "1 byte")]
    [InlineData(1023, "1023 bytes", "1023 bytes")]
    [InlineData(1024, "1.0 KB", "1 KB")]
    [InlineData(1536, "1.5 KB", "1.5 KB")]
    [InlineData(50L * 1024 * 1024, "50.0 MB", "50 MB")]
    [InlineData(200L * 1024 * 1024, "200.0 MB", "200 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3.0 GB", "3 GB")]
    public void Formats_sizes_for_messages(long bytes, string measured, string limit)
    {
        Assert.Equal((measured, limit), (ByteSize.Measured(bytes), ByteSize.Limit(bytes)));
    }
}
