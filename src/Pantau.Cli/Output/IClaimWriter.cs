using Pantau.Pipeline;

namespace Pantau.Cli.Output;

/// <summary>Writes extraction results in one output format, document by document as they come.</summary>
internal interface IClaimWriter : IDisposable
{
    void Write(ExtractionResult result);

    /// <summary>Called once after the last document, before disposal.</summary>
    void Complete();
}

internal enum OutputFormat { Table, Jsonl, Json, Csv }
