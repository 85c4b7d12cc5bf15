using System.Text.Encodings.Web;
using System.Text.Json;
using Pantau.Pipeline;

namespace Pantau.Cli.Output;

/// <summary>JSON Lines: one claim per line, written as soon as its document is done.</summary>
internal sealed class JsonLinesClaimWriter(Stream output) : IClaimWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public void Write(ExtractionResult result)
    {
        foreach (var claim in result.Claims)
        {
            using (var json = new Utf8JsonWriter(output, Options))
                ClaimJson.Write(json, new ClaimRecord(result, claim));
            output.Write(NewLine);
        }
    }

    public void Complete() => output.Flush();

    public void Dispose() => output.Flush();
}

/// <summary>One JSON document: every input document with its language, date, notice and claims.</summary>
internal sealed class JsonClaimWriter : IClaimWriter
{
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;

    public JsonClaimWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteStartArray("documents");
    }

    public void Write(ExtractionResult result)
    {
        _json.WriteStartObject();
        _json.WriteString("doc", result.Article.Id);
        _json.WriteString("lang", result.Language);
        if (result.Document?.PublicationDate is { } date)
            _json.WriteString("date", date.ToString("yyyy-MM-dd"));
        else
            _json.WriteNull("date");
        if (result.Message is { } message)
            _json.WriteString("notice", message);
        _json.WriteStartArray("claims");
        foreach (var claim in result.Claims)
            ClaimJson.Write(_json, new ClaimRecord(result, claim));
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.Write("\n"u8);
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();
}
