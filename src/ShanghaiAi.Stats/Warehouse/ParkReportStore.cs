using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>The owner of <c>park_reports</c>: a later report of the same (park, period) is a revision that supersedes the
/// earlier one (<c>superseded_at</c> set), which stays as history.</summary>
public static class ParkReportStore
{
    /// <summary>Measures per report: compute_capacity_pflops, public_compute_sme_share, open_datasets, scenarios_opened,
    /// demonstration_projects, financing_raised, incubator_area, talent_services, ip_services, rent_relief, pue.</summary>
    public const int Measures = 11;

    /// <summary>The measures stored as whole numbers (INTEGER columns).</summary>
    private static readonly int[] Counts = [2, 3, 4, 7, 8];

    /// <summary>
    /// Inside the caller's transaction: stores <paramref name="reports"/> (one per (park, period)) from upload
    /// <paramref name="uploadId"/> received at <paramref name="now"/>; the current report of a (park, period) already
    /// stored is superseded. Returns each report's revision (1 = the first of its key), in order;
    /// <paramref name="appended"/> is told the count after each row is appended.
    /// </summary>
    internal static int[] Add(DuckDBConnection c, IReadOnlyList<ParkReport> reports, string uploadId, DateTime now, Action<int>? appended = null)
    {
        var revisions = new Dictionary<(string, DateOnly), int>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT park_id, period, max(revision) FROM park_reports GROUP BY ALL";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                revisions[(r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)))] = r.GetInt32(2);
            }
        }

        var result = new int[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            result[i] = revisions.GetValueOrDefault((report.ParkId, report.Period)) + 1;
            if (result[i] > 1)
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = "UPDATE park_reports SET superseded_at = $now WHERE park_id = $p AND period = $d AND superseded_at IS NULL";
                cmd.Parameters.Add(new DuckDBParameter("now", now));
                cmd.Parameters.Add(new DuckDBParameter("p", report.ParkId));
                cmd.Parameters.Add(new DuckDBParameter("d", report.Period));
                cmd.ExecuteNonQuery();
            }
        }

        using var app = c.CreateAppender("park_reports");
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var v = report.Measures;
            var a = app.CreateRow().AppendValue(report.ParkId).AppendValue((DateOnly?)report.Period);
            for (var m = 0; m < Measures; m++)
            {
                a = Counts.Contains(m) ? a.AppendValue(v[m] is { } n ? (int?)(int)n : null) : a.AppendValue(v[m]);
            }

            a.AppendValue(report.Ethics).AppendValue(uploadId).AppendValue((DateTime?)now)
                .AppendValue((int?)result[i]).AppendNullValue().EndRow();
            appended?.Invoke(i + 1);
        }

        return result;
    }

    /// <summary>
    /// Each park's latest current report with a period from <paramref name="first"/> to <paramref name="last"/> (its
    /// highest revision), with <paramref name="fields"/> (columns of <c>park_reports</c>) as numbers.
    /// </summary>
    public static Dictionary<string, StoredParkReport> Latest(DuckDBConnection c, IReadOnlyList<string> fields, Period first, Period last)
    {
        Guard.NotNull(fields);
        foreach (var f in fields)
        {
            if (f.Length == 0 || !f.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                throw new ArgumentException($"'{f}' is not a column of park_reports", nameof(fields));
            }
        }

        var result = new Dictionary<string, StoredParkReport>(StringComparer.Ordinal);
        var columns = string.Concat(fields.Select(f => ", " + (f == "ethics_review" ? "CAST(ethics_review AS INTEGER)" : "CAST(" + f + " AS DOUBLE)")));
        using var cmd = c.CreateCommand();
        cmd.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT park_id, period{columns} FROM (
                SELECT *, row_number() OVER (PARTITION BY park_id ORDER BY period DESC, revision DESC) AS rn
                FROM park_reports
                WHERE superseded_at IS NULL AND period <= DATE '{last.FirstDay:yyyy-MM-dd}'
                  AND period >= DATE '{first.FirstDay:yyyy-MM-dd}')
            WHERE rn = 1
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                values[fields[i]] = r.IsDBNull(i + 2) ? double.NaN : Convert.ToDouble(r.GetValue(i + 2), CultureInfo.InvariantCulture);
            }

            var date = r.GetDateTime(1);
            var park = r.GetString(0);
            result[park] = new StoredParkReport(park, new Period(date.Year, date.Month), values);
        }

        return result;
    }
}
