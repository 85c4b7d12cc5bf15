using BenchmarkDotNet.Running;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>--throughput</c> runs the quick measurement of <see cref="Throughput"/>; anything else goes to
/// BenchmarkDotNet (<c>--filter '*'</c>, <c>--list flat</c>, <c>--anyCategories Dev</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--throughput"))
            return Throughput.Run(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
