namespace ShanghaiAi.Stats.Classify;

/// <summary>A row of an input file that could not be used: where, what was found, what was expected.</summary>
public sealed record RowProblem(string File, int Row, string Column, string? Value, string Problem)
{
    public override string ToString()
        => Value is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File} row {Row}, column {Column}: {Problem}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File} row {Row}, column {Column}: {Problem}, found '{Value}'");
}
