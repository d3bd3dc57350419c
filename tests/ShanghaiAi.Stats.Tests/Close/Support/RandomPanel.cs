using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Close.Support;

/// <summary>
/// A seeded random warehouse: enterprises across districts, parks, categories (some out of scope, some with an
/// older classification and register row), monthly YTD reports with gaps, empty 上年同期, empty parts and revisions.
/// </summary>
public static class RandomPanel
{
    public static void Fill(CloseDb db, int enterprises, Period first, Period last, int seed)
        => db.Warehouse.Write(c => Fill(c, enterprises, first, last, seed));

    private static void Fill(DuckDB.NET.Data.DuckDBConnection c, int enterprises, Period first, Period last, int seed)
    {
        var rnd = new Random(seed);
        var reference = ReferenceData.Embedded;
        var districts = reference.ActiveDistricts.Select(d => d.Code).ToArray();
        var parks = reference.Parks.Select(p => p.ParkId).ToArray();
        var categories = reference.Level2ByPrecedence.Select(c => c.Code).ToArray();
        var old = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var loaded = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using (var reg = c.CreateAppender("register"))
        using (var cls = c.CreateAppender("classifications"))
        {
            for (var i = 0; i < enterprises; i++)
            {
                var u = $"E{i:D5}";
                var cat = rnd.NextDouble() < 0.1 ? "00" : categories[rnd.Next(categories.Length)];
                var district = districts[rnd.Next(districts.Length)];
                string? park = rnd.NextDouble() < 0.4 ? parks[rnd.Next(parks.Length)] : null;
                string? size = rnd.NextDouble() < 0.05 ? null : rnd.NextDouble() < 0.5 ? "规上" : "规下";
                if (rnd.NextDouble() < 0.2)
                {
                    reg.CreateRow().AppendValue(u).AppendValue("旧名" + u).AppendValue(districts[rnd.Next(districts.Length)]).AppendValue((string?)null)
                        .AppendValue("6511").AppendValue("").AppendValue("").AppendValue(new DateOnly(2012, 1, 1)).AppendValue("规下")
                        .AppendValue("register").AppendValue((string?)null).AppendValue(old).AppendValue((DateTime?)loaded).EndRow();
                    cls.CreateRow().AppendValue(u).AppendValue("2025").AppendValue(categories[rnd.Next(categories.Length)]).AppendValue("01")
                        .AppendValue((string?)null).AppendValue("class").AppendValue(true).AppendValue(0.5).AppendValue(false).AppendValue("old")
                        .AppendValue(old).AppendValue((DateTime?)loaded).AppendValue((string?)null).EndRow();
                }

                reg.CreateRow().AppendValue(u).AppendValue("企业" + u).AppendValue(district).AppendValue(park)
                    .AppendValue("6511").AppendValue("").AppendValue("").AppendValue(new DateOnly(2010 + rnd.Next(17), 1 + rnd.Next(12), 1)).AppendValue(size)
                    .AppendValue("register").AppendValue((string?)null).AppendValue(loaded).AppendValue((DateTime?)null).EndRow();
                cls.CreateRow().AppendValue(u).AppendValue("2025").AppendValue(cat).AppendValue(cat == "00" ? "00" : cat[..2])
                    .AppendValue((string?)null).AppendValue("class").AppendValue(rnd.NextDouble() < 0.7).AppendValue(0.9).AppendValue(false).AppendValue("e")
                    .AppendValue(loaded).AppendValue((DateTime?)null).AppendValue((string?)null).EndRow();
            }
        }

        using var rep = c.CreateAppender("reports");
        for (var i = 0; i < enterprises; i++)
        {
            var u = $"E{i:D5}";
            var scale = (decimal)Math.Round(Math.Exp(rnd.NextDouble() * 6), 2);
            decimal rev = 0, soft = 0, serv = 0, prod = 0, profit = 0, rd = 0, compute = 0;
            var patents = 0;
            for (var p = first; p <= last; p = p.AddMonths(1))
            {
                if (p.Month == 1)
                {
                    rev = soft = serv = prod = profit = rd = compute = 0;
                    patents = 0;
                }

                var ds = Math.Round(scale * (decimal)rnd.NextDouble(), 2);
                var dv = Math.Round(scale * (decimal)rnd.NextDouble(), 2);
                var dp = Math.Round(scale * (decimal)rnd.NextDouble(), 2);
                soft += ds;
                serv += dv;
                prod += dp;
                rev += ds + dv + dp + Math.Round(scale * (decimal)(1 + (3 * rnd.NextDouble())), 2);
                profit += Math.Round(scale * (decimal)(rnd.NextDouble() - 0.4), 2);
                rd += Math.Round(scale * (decimal)rnd.NextDouble() / 5, 2);
                compute += Math.Round((decimal)rnd.NextDouble() * 3, 1);
                patents += rnd.Next(3);
                if (rnd.NextDouble() < 0.15)
                {
                    continue; // not reported this month
                }

                var ai = soft + serv + prod;
                decimal? prevFactor = rnd.NextDouble() < 0.1 ? null : (decimal)(0.7 + (0.5 * rnd.NextDouble()));
                var employees = 5 + rnd.Next(500);
                var revised = rnd.NextDouble() < 0.05;
                var at = new DateTime(p.Year, p.Month, 20, 0, 0, 0, DateTimeKind.Utc);
                if (revised)
                {
                    Append(rep, u, p, rev * 0.9m, ai * 0.9m, soft * 0.9m, serv * 0.9m, prod * 0.9m, profit + 1m, rd, prevFactor, employees + 1, patents + 1, compute, 1, at, at.AddDays(5));
                }

                Append(rep, u, p, rev, ai, soft, rnd.NextDouble() < 0.05 ? null : serv, prod, profit, rd, prevFactor, employees, patents, compute, revised ? 2 : 1, at.AddDays(revised ? 5 : 0), null);
            }
        }
    }

    private static void Append(DuckDB.NET.Data.DuckDBAppender rep, string u, Period p, decimal rev, decimal ai, decimal soft, decimal? serv, decimal prod,
        decimal profit, decimal rd, decimal? prevFactor, int employees, int patents, decimal compute, int revision, DateTime at, DateTime? superseded)
    {
        decimal? Prev(decimal v) => prevFactor is { } f ? Math.Round(v * f, 2) : null;
        rep.CreateRow().AppendValue(u).AppendValue(p.FirstDay)
            .AppendValue(Math.Round(rev, 2)).AppendValue(Prev(rev)).AppendValue(Math.Round(ai, 2)).AppendValue(Prev(ai))
            .AppendValue(Math.Round(soft, 2)).AppendValue(serv is { } s ? Math.Round(s, 2) : null).AppendValue(Math.Round(prod, 2))
            .AppendValue(Math.Round(profit, 2)).AppendValue(Prev(profit)).AppendValue(Math.Round(rd, 2)).AppendValue(Prev(rd))
            .AppendValue(employees).AppendValue(employees / 5).AppendValue(patents).AppendValue(Math.Round(compute, 2))
            .AppendValue("U-RANDOM").AppendValue(1).AppendValue(at).AppendValue(revision).AppendValue(superseded).EndRow();
    }
}
