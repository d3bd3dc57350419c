using System.Globalization;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// TEST-ONLY hook, as <c>Ingest/FaultInjection</c>: when the environment variable
/// <c>AISTATS_FAULT_AFTER_RELEASE_FILES=N</c> is set, the release kills the process (<see cref="Environment.FailFast(string)"/>)
/// after writing N files, before the release is moved in place. The atomicity tests use it to show that a killed
/// close leaves the vintage unreleased and that running the close again completes it. Never set it in production.
/// </summary>
internal static class ReleaseFaultInjection
{
    private static readonly int AfterFiles =
        int.TryParse(Environment.GetEnvironmentVariable("AISTATS_FAULT_AFTER_RELEASE_FILES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static void FilesWritten(int written)
    {
        if (AfterFiles >= 0 && written >= AfterFiles)
        {
            Environment.FailFast($"AISTATS_FAULT_AFTER_RELEASE_FILES={AfterFiles}: test fault injected mid-release");
        }
    }
}
