using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// The simulated months of one enterprise, from <see cref="GeneratorOptions.SimulationStart"/> to the end: money in
/// tenths of 千元 (exact sums), flows year-to-date. Activity follows <see cref="Seasonality"/> (the Spring Festival dip
/// in January or February by year, the December peak), the category's growth path (<see cref="GrowthPath"/>: rates that
/// differ by category and change by year) and <see cref="SectorShock"/>. Buffers are reused from one enterprise to the next.
/// </summary>
internal sealed class MonthlySeries
{
    private readonly Period _end;
    private readonly GrowthPath _growthPath;
    private readonly double[] _level;

    public MonthlySeries(GeneratorOptions options)
    {
        _end = options.End;
        _growthPath = new GrowthPath(options.Seed);
        SimulationStart = options.SimulationStart;
        ReportOffset = options.Start.Index - SimulationStart.Index;
        Length = options.End.Index - SimulationStart.Index + 1;
        ReferenceIndex = new Period(options.End.Year - 1, 7).Index;
        Revenue = new long[Length];
        AiRevenue = new long[Length];
        AiSoftware = new long[Length];
        AiServices = new long[Length];
        AiProducts = new long[Length];
        Profit = new long[Length];
        RdExpense = new long[Length];
        Compute = new long[Length];
        RevenueFlow = new long[Length];
        SoftwareFlow = new long[Length];
        ServicesFlow = new long[Length];
        ProductsFlow = new long[Length];
        Employees = new int[Length];
        RdStaff = new int[Length];
        Patents = new int[Length];
        Active = new bool[Length];
        Missing = new bool[Length];
        Revised = new bool[Length];
        _level = new double[Length];
    }

    public Period SimulationStart { get; }

    /// <summary>Index of the first reported month.</summary>
    public int ReportOffset { get; }

    public int Length { get; }

    private int ReferenceIndex { get; }

    public long[] Revenue { get; }
    public long[] AiRevenue { get; }
    public long[] AiSoftware { get; }
    public long[] AiServices { get; }
    public long[] AiProducts { get; }
    public long[] Profit { get; }
    public long[] RdExpense { get; }
    public long[] Compute { get; }
    public long[] RevenueFlow { get; }
    public long[] SoftwareFlow { get; }
    public long[] ServicesFlow { get; }
    public long[] ProductsFlow { get; }
    public int[] Employees { get; }
    public int[] RdStaff { get; }
    public int[] Patents { get; }
    public bool[] Active { get; }

    /// <summary>Non-response: the month's row is not in the file.</summary>
    public bool[] Missing { get; }

    /// <summary>The month's row is first sent preliminary and restated in the next month's revisions file.</summary>
    public bool[] Revised { get; }

    public Period PeriodAt(int t) => SimulationStart.AddMonths(t);

    public void Simulate(SyntheticEnterprise e, Random rng)
    {
        var profile = e.Profile;
        var growth = Math.Clamp(profile.Growth + (0.12 * rng.Gaussian()), -0.3, 1.5);
        var margin = profile.InScope ? 0.06 + (0.10 * rng.Gaussian()) : 0.05 + (0.05 * rng.Gaussian());
        var rdIntensity = profile.InScope ? 0.06 + (0.29 * rng.NextDouble()) : 0.05 * rng.NextDouble();
        var swWeight = Math.Max(0, profile.Software + (0.1 * rng.Gaussian()));
        var svWeight = Math.Max(0, profile.Services + (0.1 * rng.Gaussian()));
        if (swWeight + svWeight > 1)
        {
            var sum = swWeight + svWeight;
            swWeight /= sum;
            svWeight /= sum;
        }

        var perEmployee = (profile.InScope ? 1200.0 : 900.0) * Math.Exp(0.4 * rng.Gaussian());
        var baseEmployees = Math.Max(3.0, e.AnnualRevenue / perEmployee);
        var rdShare = profile.InScope ? 0.2 + (0.5 * rng.NextDouble()) : 0.1 * rng.NextDouble();
        var patentRate = profile.InScope ? 0.15 * Math.Sqrt(e.AnnualRevenue / 1000.0) * (0.5 + rng.NextDouble()) : rng.Chance(0.1) ? 0.05 : 0;
        var computeRate = profile.InScope
            ? e.AnnualRevenue / 1000.0 * (0.5 + (2.5 * rng.NextDouble())) * e.AiShare * (profile.Code == "0201" ? 5 : 1)
            : 0;

        var first = e.FirstActive.Index - SimulationStart.Index;
        var last = e.LastActive.Index - SimulationStart.Index;
        var entering = first > 0;
        Levels(profile.Code, growth);
        long rev = 0, ai = 0, sw = 0, sv = 0, pr = 0, profit = 0, rd = 0, compute = 0;
        var patents = 0;
        for (var t = 0; t < Length; t++)
        {
            var period = PeriodAt(t);
            if (period.Month == 1)
            {
                rev = ai = sw = sv = pr = profit = rd = compute = 0;
                patents = 0;
            }

            Missing[t] = false;
            Revised[t] = false;
            Active[t] = t >= first && t <= last;
            if (!Active[t])
            {
                continue;
            }

            var trend = _level[t];
            var ramp = entering ? Math.Min(1.0, 0.3 + ((t - first) / 12.0)) : 1.0;
            var season = Seasonality.Weight(period) * SectorShock.Factor(profile.Code, period, _end);
            var expected = e.AnnualRevenue / 12.0 * season * trend * ramp * Math.Exp((0.12 * rng.Gaussian()) - 0.0072);
            var revFlow = (long)Math.Round(expected * 10);
            var share = e.AiShare <= 0 ? 0 : Math.Clamp(e.AiShare + (0.02 * rng.Gaussian()), Math.Max(0, e.AiShare - 0.05), Math.Min(1, e.AiShare + 0.05));
            var aiFlow = (long)Math.Round(revFlow * share);
            var swFlow = (long)Math.Round(aiFlow * swWeight);
            var svFlow = Math.Min((long)Math.Round(aiFlow * svWeight), aiFlow - swFlow);
            var prFlow = aiFlow - swFlow - svFlow;
            rev += revFlow;
            ai += aiFlow;
            sw += swFlow;
            sv += svFlow;
            pr += prFlow;
            profit += (long)Math.Round(revFlow * (margin + (0.04 * rng.Gaussian())));
            rd += (long)Math.Round(revFlow * rdIntensity * Math.Exp(0.1 * rng.Gaussian()));
            compute += (long)Math.Round(computeRate * season * trend * Math.Exp(0.2 * rng.Gaussian()) * 10);
            patents += rng.Poisson(patentRate);
            var employees = Math.Max(1, (int)Math.Round(baseEmployees * Math.Pow(trend, 0.6) * ramp * (1 + (0.01 * rng.Gaussian()))));

            Revenue[t] = rev;
            AiRevenue[t] = ai;
            AiSoftware[t] = sw;
            AiServices[t] = sv;
            AiProducts[t] = pr;
            Profit[t] = profit;
            RdExpense[t] = rd;
            Compute[t] = compute;
            RevenueFlow[t] = revFlow;
            SoftwareFlow[t] = swFlow;
            ServicesFlow[t] = svFlow;
            ProductsFlow[t] = prFlow;
            Employees[t] = employees;
            RdStaff[t] = Math.Min(employees, (int)Math.Round(employees * rdShare));
            Patents[t] = patents;
        }

        DrawResponse(rng);
    }

    /// <summary>Non-response (about 4% of enterprise-months, sometimes 2-3 in a row) and revisions (about 1%).</summary>
    private void DrawResponse(Random rng)
    {
        var gap = 0;
        for (var t = ReportOffset; t < Length; t++)
        {
            if (!Active[t])
            {
                continue;
            }

            if (gap == 0 && rng.Chance(0.03))
            {
                var roll = rng.NextDouble();
                gap = roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3;
            }

            if (gap > 0)
            {
                Missing[t] = true;
                gap--;
                continue;
            }

            Revised[t] = t + 1 < Length && rng.Chance(0.01);
        }
    }

    /// <summary>
    /// The enterprise's level of activity in each month, 1 in July of the year before the end: its own mean growth plus
    /// its category's deviation of each year, compounded month by month.
    /// </summary>
    private void Levels(string category, double growth)
    {
        var log = 0.0;
        var atReference = 0.0;
        for (var t = 0; t < Length; t++)
        {
            if (t > 0)
            {
                var annual = Math.Max(-0.5, growth + (category == "00" ? 0 : _growthPath.Deviation(category, PeriodAt(t).Year)));
                log += Math.Log(1 + annual) / 12.0;
            }

            _level[t] = log;
            if (SimulationStart.Index + t == ReferenceIndex)
            {
                atReference = log;
            }
        }

        for (var t = 0; t < Length; t++)
        {
            _level[t] = Math.Exp(_level[t] - atReference);
        }
    }
}
