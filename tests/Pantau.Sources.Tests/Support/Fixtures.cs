namespace Pantau.Sources.Tests.Support;

/// <summary>The HTML pages under Fixtures/, copied next to the test assembly.</summary>
public static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
