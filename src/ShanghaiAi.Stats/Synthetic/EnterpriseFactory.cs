using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Draws enterprise <c>i</c> of a run from its own random stream: identical whether or not reports are
/// generated, and independent of the other enterprises.</summary>
internal sealed class EnterpriseFactory
{
    private const int UsccSuffixSpace = 31 * 31 * 31 * 31 * 31;

    private readonly GeneratorOptions _options;
    private readonly IReadOnlyList<Profile> _profiles;
    private readonly int[] _profileWeights;
    private readonly int _profileTotal;
    private readonly int[] _coverage;
    private readonly District[] _districts;
    private readonly int[] _districtWeights;
    private readonly int _districtTotal;
    private readonly Park[] _parks;
    private readonly string[] _retiredByActive;
    private readonly long _usccOffset;

    public EnterpriseFactory(GeneratorOptions options, ReferenceData reference)
    {
        _options = options;
        _profiles = Profiles.All;
        _profileWeights = [.. _profiles.Select(p => p.Weight)];
        _profileTotal = _profileWeights.Sum();
        _districts = [.. reference.ActiveDistricts];
        _districtWeights = [.. _districts.Select(d => DistrictWeight(d.Code))];
        _districtTotal = _districtWeights.Sum();
        _parks = [.. reference.Parks];
        _retiredByActive = [.. _districts.Select(d => reference.Districts.FirstOrDefault(r => !r.Active && r.Successor == d.Code)?.Code ?? string.Empty)];

        // The first enterprises cover every profile once (in a seeded order), so even a small run has every category.
        var setup = Seeds.For(options.Seed, 0, Seeds.Setup);
        _coverage = [.. Enumerable.Range(0, _profiles.Count)];
        setup.Shuffle(_coverage);
        _usccOffset = setup.Next(UsccSuffixSpace);
    }

    public SyntheticEnterprise Create(int index)
    {
        var rng = Seeds.For(_options.Seed, index, Seeds.Register);
        var profile = index < _coverage.Length ? _profiles[_coverage[index]] : _profiles[rng.PickWeighted(_profileWeights, _profileTotal)];

        // Location: about 40% sit in a park, and then in the park's district.
        string? parkId = null;
        District district;
        if (rng.Chance(profile.InScope ? 0.5 : 0.22))
        {
            var park = rng.Pick(_parks);
            parkId = park.ParkId;
            district = _districts.First(d => d.Code == park.DistrictCode);
        }
        else
        {
            district = _districts[rng.PickWeighted(_districtWeights, _districtTotal)];
        }

        // Registration and life span.
        var start = _options.Start;
        var simStart = _options.SimulationStart;
        var end = _options.End;
        DateOnly registered;
        var entering = rng.Chance(0.12);
        if (entering)
        {
            var days = end.LastDay.DayNumber - simStart.FirstDay.DayNumber + 1;
            registered = DateOnly.FromDayNumber(simStart.FirstDay.DayNumber + rng.Next(days));
        }
        else
        {
            var yearsBack = -Math.Log(1.0 - rng.NextDouble()) * (profile.InScope ? 6.0 : 10.0);
            var dayNumber = simStart.FirstDay.DayNumber - 1 - (int)(yearsBack * 365.25) - rng.Next(30);
            registered = DateOnly.FromDayNumber(Math.Max(dayNumber, new DateOnly(1992, 1, 1).DayNumber + rng.Next(3000)));
        }

        var firstActive = Period.FromDate(registered) > simStart ? Period.FromDate(registered) : simStart;
        var lastActive = end;
        if (rng.Chance(0.05) && _options.Months > 2)
        {
            var exit = start.AddMonths(rng.Next(_options.Months - 1));
            if (exit > firstActive)
            {
                lastActive = exit;
            }
        }

        // Scale, AI share, size class.
        var industry = rng.Pick(profile.Industry);
        var annual = profile.MedianRevenue * Math.Exp(profile.Sigma * rng.Gaussian());
        if (entering)
        {
            annual *= 0.3;
        }

        annual = Math.Max(annual, 50);
        var aiShare = profile.InScope
            ? (rng.Chance(0.78) ? 0.36 + (0.61 * rng.NextDouble()) : 0.05 + (0.20 * rng.NextDouble()))
            : (rng.Chance(0.15) ? 0.01 + (0.19 * rng.NextDouble()) : 0.0);
        var sizeClass = annual >= Profile.SizeThreshold(industry) ? "规上" : "规下";

        var uscc = MakeUscc(rng, index, district, registered);
        var codeOnly = profile.WholeClass && rng.Chance(0.12);
        var english = rng.Chance(profile.InScope || profile.Kind is "software-without-ai" or "trade" ? 0.06 : 0.0);
        var scope = EnterpriseText.BusinessScope(rng, profile, codeOnly, english, registered);
        var products = EnterpriseText.MainProducts(rng, profile, codeOnly);
        var entry = new RegisterEntry(uscc, EnterpriseText.MakeName(rng, profile), district.Code, parkId, industry, scope, products, registered, sizeClass);
        return new SyntheticEnterprise(index, profile, entry, annual, aiShare, firstActive, lastActive);
    }

    private string MakeUscc(Random rng, int index, District district, DateOnly registered)
    {
        var districtIndex = Array.IndexOf(_districts, district);
        var division = district.Code;
        var roll = rng.NextDouble();
        if (roll < 0.02 && _retiredByActive[districtIndex].Length > 0)
        {
            division = _retiredByActive[districtIndex]; // registered before the district merger
        }
        else if (roll < 0.035)
        {
            division = "310000"; // registered with the municipal authority
        }
        else if (roll < 0.05)
        {
            division = _districts[rng.Next(_districts.Length)].Code; // moved since registration
        }

        Span<char> body = stackalloc char[17];
        body[0] = '9';
        body[1] = '1';
        division.AsSpan().CopyTo(body[2..]);
        if (registered >= new DateOnly(2015, 10, 1))
        {
            body[8] = 'M';
            body[9] = 'A';
            body[10] = '1';
            body[11] = Uscc.Alphabet[rng.Next(Uscc.Alphabet.Length)];
        }
        else
        {
            for (var i = 8; i < 12; i++)
            {
                body[i] = (char)('0' + rng.Next(10));
            }
        }

        // Positions 13-17 encode the index through a bijection of 31^5, so codes never collide.
        var suffix = ((index * 7_368_787L) + _usccOffset) % UsccSuffixSpace;
        for (var i = 16; i >= 12; i--)
        {
            body[i] = Uscc.Alphabet[(int)(suffix % 31)];
            suffix /= 31;
        }

        return Uscc.WithCheck(new string(body));
    }

    private static int DistrictWeight(string code) => code switch
    {
        "310115" => 24,
        "310104" => 10,
        "310112" => 10,
        "310110" => 8,
        "310114" => 7,
        "310117" => 6,
        "310106" => 6,
        "310105" => 5,
        "310107" => 5,
        "310113" => 5,
        "310118" => 4,
        "310101" => 3,
        "310109" => 3,
        "310120" => 3,
        "310116" => 2,
        _ => 1,
    };

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
