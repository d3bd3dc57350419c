using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The uncompressed bytes of a package, counted as they stream and once per byte: a part read again (the header
/// search, the validation, the report) is charged only for bytes beyond what was read of it before. Past the limit,
/// or when a part inflates more than <see cref="MaxRatio"/> times its compressed size (a zip bomb declares its sizes
/// honestly and still inflates a megabyte into a gigabyte), the file is rejected (FILE-F04) at once.
/// </summary>
internal sealed class ByteBudget(string file, long limit)
{
    /// <summary>Most uncompressed bytes per compressed byte of one part (the threshold Apache POI uses); sheets of real
    /// workbooks inflate 5-20 times.</summary>
    public const int MaxRatio = 100;

    /// <summary>Parts smaller than this uncompressed are never judged by their ratio.</summary>
    public const long RatioFloor = 1L << 20;

    private readonly Dictionary<string, long> _charged = new(StringComparer.Ordinal);
    private long _used;

    /// <summary>Bytes charged so far (each byte of each part once).</summary>
    public long Used => _used;

    /// <summary>Part <paramref name="part"/> has been read up to <paramref name="position"/> uncompressed bytes.</summary>
    public void Reached(string part, long position, long compressed)
    {
        var before = _charged.GetValueOrDefault(part);
        if (position <= before)
        {
            return;
        }

        _charged[part] = position;
        _used += position - before;
        if (_used > limit)
        {
            throw Exceeded(_used);
        }

        if (position > RatioFloor && position > MaxRatio * Math.Max(1, compressed))
        {
            throw FileRejection.Create(file, "FILE-F04",
                $"part {part} inflates from {compressed} bytes to more than {position} (over {MaxRatio} times); expected an ordinary workbook (zip bomb?)",
                $"部件{part}由{compressed}字节解压到超过{position}字节（超过{MaxRatio}倍）；应为普通工作簿（疑似压缩炸弹）");
        }
    }

    public StatsException Exceeded(long size) => FileRejection.Create(file, "FILE-F04",
        $"the XLSX holds more than {limit} bytes uncompressed (at least {size}); expected at most {limit} (zip bomb?)",
        $"XLSX解压后超过{limit}字节（至少{size}）；应不超过{limit}字节（疑似压缩炸弹）");
}
