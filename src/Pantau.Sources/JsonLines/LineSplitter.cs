using System.Buffers;

namespace Pantau.Sources.JsonLines;

/// <summary>One line of a JSON Lines input, without its line feed.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Offset">Where the line starts in the input, in bytes.</param>
/// <param name="Length">The line's full length in bytes, even when it was too long to keep.</param>
/// <param name="Bytes">The line's bytes, or null when it is longer than the limit. Valid until the next line is read.</param>
internal readonly record struct RawLine(int Number, long Offset, long Length, ReadOnlyMemory<byte>? Bytes);

/// <summary>
/// Splits a byte stream at line feeds without holding more than one line: a JSON Lines file of any size
/// is read in constant memory, and a line over the limit is counted, not kept. Splitting bytes (not
/// characters) is safe because 0x0A never occurs inside a multi-byte UTF-8 character.
/// </summary>
internal sealed class LineSplitter(byte[] head, Stream rest, long maxLineBytes)
{
    private readonly byte[] _readBuffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private byte[] _chunk = head;
    private int _chunkStart;
    private int _chunkEnd = head.Length;
    private long _offset;
    private int _lineNumber;

    /// <summary>Reads the next line; false at the end of the input. May throw what reading the stream throws.</summary>
    public bool TryReadLine(out RawLine line)
    {
        _line.ResetWrittenCount();
        var start = _offset;
        long length = 0;
        var sawAnyByte = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd && !ReadChunk())
            {
                if (!sawAnyByte)
                {
                    line = default;
                    return false;
                }

                break;
            }

            sawAnyByte = true;
            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            if (length + piece.Length <= maxLineBytes)
            {
                _line.Write(piece);
            }

            length += piece.Length;
            var consumed = newline < 0 ? available.Length : newline + 1;
            _chunkStart += consumed;
            _offset += consumed;
            if (newline >= 0)
            {
                break;
            }
        }

        _lineNumber++;
        var bytes = length <= maxLineBytes ? _line.WrittenMemory : (ReadOnlyMemory<byte>?)null;
        line = new RawLine(_lineNumber, start, length, bytes);
        return true;
    }

    private bool ReadChunk()
    {
        _chunk = _readBuffer;
        _chunkStart = 0;
        _chunkEnd = rest.Read(_readBuffer);
        return _chunkEnd > 0;
    }
}
