using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>A count of uncompressed bytes read from a package, failing past its limit (FILE-F04).</summary>
internal sealed class ByteBudget(string file, long limit)
{
    private long _used;

    public void Take(int bytes)
    {
        _used += bytes;
        if (_used > limit)
        {
            throw Exceeded(_used);
        }
    }

    public StatsException Exceeded(long size) => FileRejection.Create(file, "FILE-F04",
        $"the XLSX holds more than {limit} bytes uncompressed (at least {size}); expected at most {limit} (zip bomb?)",
        $"XLSX解压后超过{limit}字节（至少{size}）；应不超过{limit}字节（疑似压缩炸弹）");
}

/// <summary>A read-only stream that charges every byte read to a <see cref="ByteBudget"/>.</summary>
internal sealed class BudgetStream(Stream inner, ByteBudget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        budget.Take(n);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        budget.Take(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
