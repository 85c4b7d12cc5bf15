namespace Pantau.Sources.Tests.Support;

internal static class Reading
{
    public static List<SourceItem> Items(params string[] inputs) => Items(new SourceOptions(), inputs);

    public static List<SourceItem> Items(SourceOptions options, params string[] inputs) =>
        new DocumentSource(options, () => throw new InvalidOperationException("the test gave no standard input")).Read(inputs).ToList();

    public static SourceDocument SingleDocument(params string[] inputs)
    {
        var item = Assert.Single(Items(inputs));
        Assert.Null(item.Error);
        return item.Document!;
    }
}
