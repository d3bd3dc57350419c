namespace ShanghaiAi.Stats.Outputs;

/// <summary>SQL text helpers for the few statements that cannot take parameters (file paths in COPY / read_csv).</summary>
internal static class Sql
{
    /// <summary>A single-quoted SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
