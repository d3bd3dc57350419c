namespace ShanghaiAi.Stats.Ingest;

/// <summary>A validation rule of the catalogue. <see cref="ExpectedEn"/>/<see cref="ExpectedZh"/> may hold
/// composite-format placeholders ({0}) filled per issue.</summary>
public sealed record Rule(string Id, RuleSeverity Severity, string TitleEn, string TitleZh, string ExpectedEn, string ExpectedZh);
