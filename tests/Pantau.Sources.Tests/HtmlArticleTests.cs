using Pantau.Sources.Html;
using Pantau.Sources.Tests.Support;

namespace Pantau.Sources.Tests;

public sealed class HtmlArticleTests
{
    [Fact]
    public void An_article_among_navigation_share_buttons_and_footer_keeps_only_the_article()
    {
        var path = Fixtures.PathOf("article-with-boilerplate.html");

        var document = Reading.SingleDocument(path);

        Assert.Equal(
            """
            Denmark pledges new F-16 support package to Ukraine

            By Mette Holm & Lars Berg

            Denmark will send a further 12 F-16 fighter jets to Ukraine, the defence ministry said on Thursday.

            The package, worth DKK 2.1 billion, also covers spare parts and pilot training “for the coming years”.

            Training in Romania

            Pilots will continue training at the European F-16 Training Center in Romania.

            12 aircraft

            Spare parts and munitions

            We stand with Ukraine for as long as it takes.
            """,
            document.Text);

        // Every piece of boilerplate in the fixture carries a marker word.
        Assert.DoesNotContain("MARKER", document.Text);
        Assert.Equal(path, document.Id);
        Assert.Equal(path, document.Origin);
        Assert.Null(document.Line);
        Assert.Equal("Denmark pledges new F-16 support package to Ukraine", document.Title);

        // article:published_time wins over the article's <time datetime="2024-03-13">.
        Assert.Equal(new DateOnly(2024, 3, 14), document.Date);
        Assert.Equal("en", document.Language);
        Assert.Equal("https://example.org/news/denmark-f16", document.Url);
        Assert.Equal(SourceFormat.Html, document.Format);
    }

    [Fact]
    public void A_page_without_article_element_uses_the_densest_paragraphs_and_json_ld()
    {
        var document = Reading.SingleDocument(Fixtures.PathOf("div-layout-jsonld.html"));

        Assert.Equal(
            """
            Jerman kirim sistem pertahanan udara ke Ukraina

            Jerman akan mengirim satu unit sistem pertahanan udara IRIS-T ke Ukraina.

            Menteri Pertahanan mengatakan pengiriman dilakukan sebelum akhir tahun.

            Bantuan itu merupakan bagian dari paket senilai 1,3 miliar euro.
            """,
            document.Text);
        Assert.Equal("Jerman kirim sistem pertahanan udara ke Ukraina", document.Title);
        Assert.Equal(new DateOnly(2023, 11, 2), document.Date);
        Assert.Equal("id", document.Language);
        Assert.Null(document.Url);
    }

    [Theory]
    [InlineData("itemprop=articleBody wins over other text",
        "<div><p>Sidebar text that is long enough to be dense, longer than the article body.</p></div><div itemprop='articleBody'><p>Body.</p></div>",
        "Body.")]
    [InlineData("the article with the most paragraph text wins over teasers",
        "<article><p>Teaser.</p></article><article><p>Main story, first paragraph.</p><p>Second.</p></article>",
        "Main story, first paragraph.\n\nSecond.")]
    [InlineData("without an article, the element with most text in direct p children",
        "<div><p>Short.</p></div><div class='story'><p>First paragraph of the story.</p><p>Second paragraph.</p></div>",
        "First paragraph of the story.\n\nSecond paragraph.")]
    [InlineData("blocks: headings, list items and quotes are paragraphs",
        "<article><h2>Sub</h2><p>Para.</p><ul><li>One</li><li>Two</li></ul><blockquote><p>Quote a.</p><p>Quote b.</p></blockquote><h6>Six</h6></article>",
        "Sub\n\nPara.\n\nOne\n\nTwo\n\nQuote a. Quote b.\n\nSix")]
    [InlineData("whitespace collapses, entities decode, br separates words",
        "<article><p>  Ten&nbsp;tanks\n\t and&#32;<b>two</b>&amp;three<br>howitzers  </p></article>",
        "Ten tanks and two&three howitzers")]
    [InlineData("loose text split at double line breaks when there are no blocks",
        "<div class='body'>First paragraph.<br><br>Second <i>one</i><br>continues.</div>",
        "First paragraph.\n\nSecond one continues.")]
    [InlineData("loose text is left out when there are blocks",
        "<article>Dateline 12:00<p>Only the paragraph.</p></article>",
        "Only the paragraph.")]
    [InlineData("class words mark boilerplate only as whole words",
        "<article><div class='head-line download'><p>Kept.</p></div><div class='socialShare'><p>Dropped.</p></div><div id='ad'><p>Dropped too.</p></div></article>",
        "Kept.")]
    [InlineData("classes on the article itself never remove it",
        "<article class='post tag-ukraine comments-open tags'><p>Kept.</p><div class='comments'><p>Dropped.</p></div></article>",
        "Kept.")]
    [InlineData("figure captions, forms, hidden and code are dropped",
        "<article><p>Kept.</p><figure><img src='x'><figcaption>Caption.</figcaption></figure><form><p>Form.</p></form><p hidden>Hidden.</p><noscript><p>Noscript.</p></noscript></article>",
        "Kept.")]
    [InlineData("an article's own header is kept, the page header is not",
        "<header><p>Site header.</p></header><article><header><p>Standfirst.</p></header><p>Body.</p></article>",
        "Standfirst.\n\nBody.")]
    public void Extracts_the_article_paragraphs(string name, string body, string expected)
    {
        var result = HtmlArticleReader.Read("page.html", $"<html><head></head><body>{body}</body></html>");

        Assert.True(result.Document is not null, $"{name}: {result.Error}");
        Assert.Equal(expected, result.Document.Text);
        Assert.Null(result.Document.Title);
    }

    [Theory]
    [InlineData("og:title", "<meta property='og:title' content='From OG'><title>From title | Site</title>", "<h1>From h1</h1>", "From OG")]
    [InlineData("the article's h1, not repeated in the body", "<title>From title | Site</title>", "<h1>From  h1</h1>", "From h1")]
    [InlineData("title without ' | Site'", "<title>Jets for Kyiv | Daily Wire</title>", "", "Jets for Kyiv")]
    [InlineData("title without ' - Site'", "<title>Jets for Kyiv - Daily Wire</title>", "", "Jets for Kyiv")]
    [InlineData("title with only the last suffix cut", "<title>Jets - more jets | Daily Wire</title>", "", "Jets - more jets")]
    [InlineData("a hyphen inside a word is not a separator", "<title>F-16 deliveries</title>", "", "F-16 deliveries")]
    public void Puts_the_headline_first(string name, string head, string articleStart, string expected)
    {
        var result = HtmlArticleReader.Read("page.html", $"<html><head>{head}</head><body><article>{articleStart}<p>Body.</p></article></body></html>");

        Assert.True(result.Document is not null, name);
        Assert.Equal(expected, result.Document.Title);
        Assert.Equal(expected + "\n\nBody.", result.Document.Text);
    }

    [Theory]
    [InlineData("article:published_time", "<meta property='article:published_time' content='2024-03-14T23:30:00-05:00'>", "", "2024-03-14")]
    [InlineData("og:published_time", "<meta property='og:published_time' content='2024-03-15'>", "", "2024-03-15")]
    [InlineData("JSON-LD datePublished", "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-16T08:00:00Z\"}</script>", "", "2024-03-16")]
    [InlineData("JSON-LD in an array", "<script type='application/ld+json'>[{\"@type\":\"Organization\"},{\"datePublished\":\"2024-03-17\"}]</script>", "", "2024-03-17")]
    [InlineData("malformed JSON-LD is skipped", "<script type='application/ld+json'>{\"datePublished\": </script><meta name='date' content='2024-03-18'>", "", "2024-03-18")]
    [InlineData("meta name=pubdate, compact", "<meta name='pubdate' content='20240319'>", "", "2024-03-19")]
    [InlineData("meta name=publishdate", "<meta name='publishdate' content='2024-03-20 10:00'>", "", "2024-03-20")]
    [InlineData("meta name=DC.date, any case", "<meta name='DC.date' content='2024-03-21'>", "", "2024-03-21")]
    [InlineData("time in the article", "", "<time datetime='2024-03-22T07:00'>22 March</time>", "2024-03-22")]
    [InlineData("meta wins over time", "<meta property='article:published_time' content='2024-03-23'>", "<time datetime='2024-03-01'>1 March</time>", "2024-03-23")]
    [InlineData("an unparsable date is skipped", "<meta property='article:published_time' content='yesterday'><meta name='date' content='2024-03-24'>", "", "2024-03-24")]
    [InlineData("no date", "<meta name='date' content='14/03/2024'>", "", null)]
    public void Reads_the_date_from_metadata(string name, string head, string articleStart, string? expected)
    {
        var result = HtmlArticleReader.Read("page.html", $"<html><head>{head}</head><body><article>{articleStart}<p>Body.</p></article></body></html>");

        Assert.True(result.Document is not null, name);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Document.Date);
    }

    [Fact]
    public void A_time_outside_the_article_is_not_its_date()
    {
        var result = HtmlArticleReader.Read("page.html", "<body><div class='sidebar'><time datetime='2024-01-01'>x</time></div><article><p>Body.</p></article></body>");

        Assert.Null(result.Document?.Date);
        Assert.NotNull(result.Document);
    }

    [Theory]
    [InlineData("html lang with region", "<html lang='en-US'>", "", "en")]
    [InlineData("og:locale", "<html>", "<meta property='og:locale' content='id_ID'>", "id")]
    [InlineData("content-language lists several", "<html>", "<meta http-equiv='Content-Language' content='de, en'>", "de")]
    [InlineData("meta name=language", "<html>", "<meta name='language' content='FR'>", "fr")]
    [InlineData("a language name is not a code", "<html>", "<meta name='language' content='English'>", null)]
    [InlineData("html lang wins over og:locale", "<html lang='uk'>", "<meta property='og:locale' content='en_GB'>", "uk")]
    [InlineData("an unusable lang falls through", "<html lang='x-default'>", "<meta property='og:locale' content='pl_PL'>", "pl")]
    public void Reads_the_language_from_metadata(string name, string htmlTag, string head, string? expected)
    {
        var result = HtmlArticleReader.Read("page.html", $"{htmlTag}<head>{head}</head><body><article><p>Body.</p></article></body></html>");

        Assert.True(result.Document is not null, name);
        Assert.Equal(expected, result.Document.Language);
    }

    [Theory]
    [InlineData("<html><body></body></html>")]
    [InlineData("<html><body><nav><p>Home</p></nav><footer><p>Footer</p></footer><script>var x = 'text';</script></body></html>")]
    [InlineData("<html><head><meta property='og:title' content='Only a headline'></head><body><h1>Only a headline</h1></body></html>")]
    public void A_page_without_paragraphs_has_no_article_text(string html)
    {
        var result = HtmlArticleReader.Read("page.html", html);

        Assert.Equal(SourceErrorKind.NoArticleText, result.Error?.Kind);
        Assert.Equal("page.html: no article text found in the HTML", result.Error?.ToString());
    }
}
