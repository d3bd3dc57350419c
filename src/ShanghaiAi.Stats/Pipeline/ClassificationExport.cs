using System.Text;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>Writes the warehouse's current classifications in the columns of <c>aistats classify</c>.</summary>
public static class ClassificationExport
{
    /// <returns>The number of enterprises written.</returns>
    public static int WriteCurrent(StatsWarehouse warehouse, string path)
    {
        var current = new ClassificationStore(Guard.NotNull(warehouse)).Current();
        var sb = new StringBuilder(ClassificationCsv.Header).Append('\n');
        foreach (var r in current)
        {
            ClassificationCsv.Append(sb, r);
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return current.Count;
    }
}
