namespace ShanghaiAi.Stats.Ingest;

/// <summary>A write-only stream that passes UTF-8 on to another and counts the UTF-16 characters it makes (a lead byte
/// of a 4-byte sequence: 2, any other byte but a continuation byte: 1): the length of the text as a .NET string,
/// without making it.</summary>
internal sealed class Utf16CountingStream(Stream inner) : Stream
{
    public long Chars { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        long n = 0;
        foreach (var b in buffer)
        {
            if ((b & 0xC0) != 0x80)
            {
                n += b >= 0xF0 ? 2 : 1;
            }
        }

        Chars += n;
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
