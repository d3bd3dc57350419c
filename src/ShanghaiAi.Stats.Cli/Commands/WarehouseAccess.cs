using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// Opens the warehouse for one command. DuckDB lets one process at a time hold the file: when another holds it, the
/// command waits (saying so once on stderr) up to <c>--wait</c> seconds, then gives up with exit 2. The connection
/// opened here stays open until the command ends, so the process keeps the file, and everything it does later
/// (archive, load, report) happens only once it has it: a command that gives up has changed nothing.
/// </summary>
public sealed class WarehouseAccess : IDisposable
{
    private readonly DuckDBConnection _hold;

    private WarehouseAccess(StatsWarehouse warehouse, DuckDBConnection hold)
    {
        Warehouse = warehouse;
        _hold = hold;
    }

    public StatsWarehouse Warehouse { get; }

    /// <summary>The <c>--wait</c> option: seconds to wait for a busy warehouse.</summary>
    public static System.CommandLine.Option<double> WaitOption() => new("--wait")
    {
        Description = "Seconds to wait while another aistats process uses the warehouse (default 60)",
        DefaultValueFactory = _ => 60,
    };

    /// <summary>Opens <paramref name="path"/>, waiting up to <paramref name="waitSeconds"/> while another process holds it.</summary>
    public static WarehouseAccess Open(string path, double waitSeconds, TimeProvider time)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StatsException($"the warehouse {path} is a folder; expected a DuckDB file (existing or new)");
        }

        if (!IsWarehouseOrNew(full))
        {
            throw new StatsException($"the warehouse {path} is not a DuckDB database (a DuckDB file starts with its 'DUCK' header); expected a warehouse made by aistats, or a new file name");
        }

        var start = time.GetTimestamp();
        var told = false;
        while (true)
        {
            try
            {
                var w = StatsWarehouse.Open(full);
                return new WarehouseAccess(w, w.OpenRead());
            }
            catch (DuckDBException e) when (IsLocked(e))
            {
                var waited = time.GetElapsedTime(start).TotalSeconds;
                if (waited >= waitSeconds)
                {
                    throw new StatsException(string.Create(CultureInfo.InvariantCulture,
                        $"the warehouse {path} is busy: another process{Holder(e)} held it for the {waitSeconds:0.#} s waited; nothing was changed, try again later (仓库被其他进程占用，已等待{waitSeconds:0.#}秒，未做任何更改)"));
                }

                if (!told)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"waiting for the warehouse {path}: another process{Holder(e)} is using it (up to {waitSeconds:0.#} s) 等待仓库…"));
                    told = true;
                }

                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(250, Math.Max(10, (waitSeconds - waited) * 1000))));
            }
        }
    }

    /// <summary>True when <paramref name="path"/> does not exist, is empty, or carries DuckDB's magic bytes ("DUCK" at
    /// offset 8). DuckDB would open a CSV or Parquet file as a read-only database of views, and fail later.</summary>
    private static bool IsWarehouseOrNew(string path)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        Span<byte> head = stackalloc byte[12];
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var n = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return n == 0 || (n == head.Length && head[8..12].SequenceEqual("DUCK"u8));
    }

    /// <summary>True for DuckDB's error when another process holds the file lock.</summary>
    public static bool IsLocked(DuckDBException e) => e.Message.Contains("Could not set lock on file", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);

    private static string Holder(DuckDBException e)
    {
        var i = e.Message.IndexOf("PID ", StringComparison.Ordinal);
        if (i < 0)
        {
            return string.Empty;
        }

        var digits = new string(e.Message.AsSpan(i + 4).ToArray().TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? $" (PID {digits})" : string.Empty;
    }

    public void Dispose() => _hold.Dispose();
}
