using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// A small demo run (300 enterprises, 14 months, the last three closed, parks scored for the last) whose warehouse
/// the dashboard tests serve: several closed periods to pick from, suppressed cells among them.
/// </summary>
public sealed class DemoWarehouse : IDisposable
{
    public DemoWarehouse()
    {
        var dir = Directory.CreateTempSubdirectory("aistats-web-demo-").FullName;
        Result = new DemoPipeline(ReferenceData.Embedded, TimeProvider.System)
            .Run(new DemoOptions(Path.Combine(dir, "out"), Enterprises: 300, Months: 14, End: new Period(2026, 10), Seed: 11, TrendMonths: 3));
        Root = dir;
    }

    public DemoResult Result { get; }

    /// <summary>The folder holding the demo's output and the app's storage.</summary>
    public string Root { get; }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("AISTATS_KEEP_TEST_OUTPUT") is null)
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
