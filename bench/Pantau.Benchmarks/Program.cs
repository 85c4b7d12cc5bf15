using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>--throughput</c> runs the quick measurement of <see cref="Throughput"/>; <c>--ingest</c> that of
/// <see cref="IngestThroughput"/>; anything else goes to
/// BenchmarkDotNet (<c>--filter '*'</c>, <c>--list flat</c>, <c>--anyCategories Dev</c>). Reports go to
/// <c>bench/BenchmarkDotNet.Artifacts</c> (ignored by git) unless <c>--artifacts</c> says otherwise.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--throughput"))
            return Throughput.Run(args);
        if (args.Contains("--ingest"))
            return IngestThroughput.Run(args);
        var config = DefaultConfig.Instance.WithArtifactsPath(ArtifactsPath());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static string ArtifactsPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pantau.slnx")))
                return Path.Combine(dir.FullName, "bench", "BenchmarkDotNet.Artifacts");
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
    }
}
