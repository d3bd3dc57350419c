using System.Text;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Classify;

/// <summary>Writes the warehouse's current classifications in the columns of <c>aistats classify</c>.</summary>
public static class ClassificationExport
{
    public static int WriteCurrent(StatsWarehouse warehouse, string path)
    {
        using var c = warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT uscc, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence
            FROM classifications WHERE valid_to IS NULL ORDER BY uscc
            """;
        using var r = cmd.ExecuteReader();
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write(RegisterFileClassification.Header + "\n");
        var n = 0;
        while (r.Read())
        {
            var secondary = r.GetString(3).Split(';', StringSplitOptions.RemoveEmptyEntries);
            var result = new ClassificationResult(r.GetString(0), r.GetString(1), r.GetString(2), secondary, r.GetString(4),
                r.GetBoolean(5), r.GetDouble(6), r.GetBoolean(7), r.GetString(8));
            w.Write(RegisterFileClassification.Line(result) + "\n");
            n++;
        }

        return n;
    }
}
