namespace Pantau.Tests;

/// <summary>Where the repository and the shared corpus are, found from the test binary's folder.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Lexicons => Path.Combine(RepositoryRoot, "lexicons");

    /// <summary>The development corpus, beside the repository as ../shared/corpus/dev.</summary>
    public static string DevCorpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "dev"));

    public static string Scorer => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "eval", "score.py"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pantau.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Pantau.slnx not found above " + AppContext.BaseDirectory);
    }
}
