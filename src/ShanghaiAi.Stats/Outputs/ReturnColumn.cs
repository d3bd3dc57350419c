namespace ShanghaiAi.Stats.Outputs;

/// <summary>A column of a return sheet: its mark (甲, 乙, 丙, 1, 2, ...), zh / en header and width in characters.</summary>
public sealed record ReturnColumn(string Mark, string HeaderZh, string HeaderEn, double Width);
