using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// TEST-ONLY hooks: when the environment variable <c>AISTATS_FAULT_AFTER_ROWS=N</c> is set, the loader kills the
/// process (<see cref="Environment.FailFast(string)"/>) after appending N rows, in the middle of the load
/// transaction; <c>AISTATS_FAULT_AT=POINT</c> kills it at a named point of the upload. The atomicity tests use it to show that a crash leaves nothing half-loaded. Never set it in production.
/// </summary>
internal static class FaultInjection
{
    private static readonly int AfterRows =
        int.TryParse(Environment.GetEnvironmentVariable("AISTATS_FAULT_AFTER_ROWS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static readonly string? Point = Environment.GetEnvironmentVariable("AISTATS_FAULT_AT");

    /// <summary>Kills the process at a named point when <c>AISTATS_FAULT_AT</c> names it (e.g. <c>after-commit</c>:
    /// the load is committed, its report files not yet in place).</summary>
    public static void At(string point)
    {
        if (string.Equals(Point, point, StringComparison.Ordinal))
        {
            Environment.FailFast($"AISTATS_FAULT_AT={point}: test fault injected");
        }
    }

    public static void RowAppended(int appended)
    {
        if (AfterRows >= 0 && appended >= AfterRows)
        {
            Environment.FailFast($"AISTATS_FAULT_AFTER_ROWS={AfterRows}: test fault injected mid-load");
        }
    }
}
