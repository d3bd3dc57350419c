namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>The files a run wrote.</summary>
/// <param name="ScoresCsv">park-scores.csv.</param>
/// <param name="ChartsJson">park-index-charts.json: ranked scores with interval bars, dimension heat map, trend.</param>
/// <param name="ExplanationsJson">park-explanations.json: zh and en sentences, drivers.</param>
/// <param name="SensitivityCsv">park-sensitivity.csv: share of rank variance per assumption.</param>
public sealed record ParkIndexFiles(string ScoresCsv, string ChartsJson, string ExplanationsJson, string SensitivityCsv)
{
    public IReadOnlyList<string> All => [ScoresCsv, ChartsJson, ExplanationsJson, SensitivityCsv];
}
