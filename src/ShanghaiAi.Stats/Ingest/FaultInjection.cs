using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// TEST-ONLY hook: when the environment variable <c>AISTATS_FAULT_AFTER_ROWS=N</c> is set, the loader kills the
/// process (<see cref="Environment.FailFast(string)"/>) after appending N rows, in the middle of the load
/// transaction. The atomicity tests use it to show that a crash leaves nothing half-loaded. Never set it in production.
/// </summary>
internal static class FaultInjection
{
    private static readonly int AfterRows =
        int.TryParse(Environment.GetEnvironmentVariable("AISTATS_FAULT_AFTER_ROWS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static void RowAppended(int appended)
    {
        if (AfterRows >= 0 && appended >= AfterRows)
        {
            Environment.FailFast($"AISTATS_FAULT_AFTER_ROWS={AfterRows}: test fault injected mid-load");
        }
    }
}
