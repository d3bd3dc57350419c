using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Tests.Synthetic;

/// <summary>One small clean data set (200 enterprises x 15 months) shared by the generator tests.</summary>
public sealed class SyntheticFixture : IDisposable
{
    public static readonly GeneratorOptions SmallOptions = new(200, 15, new Period(2026, 6), Seed: 7);

    public SyntheticFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "aistats-synth-" + Guid.NewGuid().ToString("N"));
        Set = SyntheticGenerator.Generate(SmallOptions, Dir, ReferenceData.Embedded);
    }

    public string Dir { get; }

    public GeneratedDataSet Set { get; }

    public void Dispose()
    {
        if (Directory.Exists(Dir))
        {
            Directory.Delete(Dir, recursive: true);
        }
    }

    /// <summary>Rows of a CSV file as header-name -> value maps.</summary>
    public static List<Dictionary<string, string>> Read(string path)
    {
        var records = CsvText.Parse(File.ReadAllText(path));
        var header = records[0];
        return [.. records.Skip(1).Select(r => header.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal))];
    }

    public static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
