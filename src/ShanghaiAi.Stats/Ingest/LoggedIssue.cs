namespace ShanghaiAi.Stats.Ingest;

/// <summary>One entry of an <see cref="IssueSpill"/> read back: a listed issue (with <see cref="Issue"/>), or only a cell
/// to highlight of an issue found beyond the listed ones (<see cref="Issue"/> null).</summary>
/// <param name="Field">The field of the file (-1: the whole row).</param>
internal readonly record struct LoggedIssue(int Row, int Field, RuleSeverity Severity, Issue? Issue);
