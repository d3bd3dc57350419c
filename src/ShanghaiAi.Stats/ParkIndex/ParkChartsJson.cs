using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>park-index-charts.json: the data of the dashboard's three park charts.</summary>
internal static class ParkChartsJson
{
    internal static void Write(Utf8JsonWriter w, ParkIndexMethod method, Period period, string vintageId, IReadOnlyList<ParkScore> rows,
        UncertaintyResult u, IReadOnlyList<IndicatorTreatment> treatments, IReadOnlyList<ParkTrendPoint> trend, ReferenceData reference)
    {
        var ranked = rows.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.ParkId, StringComparer.Ordinal).ToList();
        w.WriteStartObject();
        w.WriteString("period", period.ToString());
        w.WriteString("vintage", vintageId);
        w.WriteString("method_version", method.Version);
        w.WriteString("title_zh", method.TitleZh);
        w.WriteString("title_en", method.TitleEn);
        w.WriteNumber("runs", u.Runs);
        w.WriteNumber("seed", u.Seed);

        // Ranked bar chart: score bars in rank order, rank interval as error bars.
        w.WriteStartArray("ranked");
        foreach (var r in ranked)
        {
            w.WriteStartObject();
            w.WriteString("park_id", r.ParkId);
            w.WriteString("name_zh", r.NameZh);
            w.WriteString("name_en", r.NameEn);
            ParkIndexWriter.NumberOrNull(w, "score", r.Score);
            ParkIndexWriter.NumberOrNull(w, "rank", r.Rank);
            ParkIndexWriter.NumberOrNull(w, "rank_median", r.RankMedian);
            ParkIndexWriter.NumberOrNull(w, "rank_p05", r.RankP05);
            ParkIndexWriter.NumberOrNull(w, "rank_p95", r.RankP95);
            w.WriteString("flags", string.Join(';', r.Flags));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Heat map: parks (rank order) x dimensions.
        w.WriteStartObject("heatmap");
        w.WriteStartArray("dimensions");
        foreach (var d in method.Dimensions)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("name_zh", d.NameZh);
            w.WriteString("name_en", d.NameEn);
            w.WriteNumber("weight", Math.Round(d.Weight, 6));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("parks");
        foreach (var r in ranked)
        {
            w.WriteStringValue(r.ParkId);
        }

        w.WriteEndArray();
        w.WriteStartArray("values");
        foreach (var r in ranked)
        {
            w.WriteStartArray();
            foreach (var d in method.Dimensions)
            {
                if (r.Dimensions.TryGetValue(d.Code, out var v))
                {
                    w.WriteNumberValue(ParkIndexWriter.Round(v));
                }
                else
                {
                    w.WriteNullValue();
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        // Trend: one series per park, score and rank per period.
        w.WriteStartArray("trend");
        foreach (var g in trend.GroupBy(t => t.ParkId, StringComparer.Ordinal))
        {
            var park = reference.ParksById.GetValueOrDefault(g.Key);
            w.WriteStartObject();
            w.WriteString("park_id", g.Key);
            w.WriteString("name_zh", park?.NameZh ?? g.Key);
            w.WriteString("name_en", park?.NameEn ?? g.Key);
            w.WriteStartArray("points");
            foreach (var p in g)
            {
                w.WriteStartObject();
                w.WriteString("period", p.Period.ToString());
                ParkIndexWriter.NumberOrNull(w, "score", p.Score);
                ParkIndexWriter.NumberOrNull(w, "rank", p.Rank);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("sensitivity");
        foreach (var s in u.Sensitivity)
        {
            w.WriteStartObject();
            w.WriteString("assumption", s.Assumption);
            w.WriteNumber("share", Math.Round(s.Share, 4));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("treatments");
        foreach (var t in treatments.Where(t => t.Kind != IndicatorTreatment.None))
        {
            w.WriteStartObject();
            w.WriteString("indicator", t.IndicatorCode);
            w.WriteString("kind", t.Kind);
            w.WriteNumber("points", t.Points);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
