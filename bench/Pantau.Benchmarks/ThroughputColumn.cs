using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pantau.Benchmarks;

/// <summary>The input one invocation of a benchmark reads, for the MB/s column.</summary>
public enum CorpusInput
{
    /// <summary>The 92 development texts once each (<see cref="Corpus.Dev"/>).</summary>
    Dev,
    /// <summary>The development texts in languages with lexicons once each (<see cref="Corpus.Extractable"/>).</summary>
    Extractable,
    /// <summary><see cref="Corpus.Extractable"/> replicated to <see cref="Corpus.ReplicatedBytes"/>.</summary>
    Replicated,
}

/// <summary>Says which input a benchmark method reads, so <see cref="ThroughputColumn"/> can divide its size by the time.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InputAttribute(CorpusInput input) : Attribute
{
    public CorpusInput Input { get; } = input;

    public long Utf8Bytes => Input switch
    {
        CorpusInput.Dev => Corpus.Dev.Utf8Bytes,
        CorpusInput.Extractable => Corpus.Extractable.Utf8Bytes,
        _ => Corpus.Extractable.Replicate().Utf8Bytes,
    };
}

/// <summary>
/// Megabytes (10^6 UTF-8 bytes) of input per second, from the mean time of one invocation; "-" for
/// a benchmark without <see cref="InputAttribute"/>. Computed in the host process, which reads the
/// corpus itself to know its size.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input megabytes (10^6 bytes of UTF-8) processed per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<InputAttribute>();
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (input is null || mean is not > 0)
            return "-";
        double seconds = mean.Value / 1e9;
        return (input.Utf8Bytes / Corpus.BytesPerMegabyte / seconds).ToString("F2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Adds the MB/s column to the default configuration.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

/// <summary>Correctness checks that stop a benchmark which would measure nothing.</summary>
internal static class Check
{
    public static void That(bool condition, string message)
    {
        if (!condition)
            throw new InvalidOperationException(message);
    }
}
