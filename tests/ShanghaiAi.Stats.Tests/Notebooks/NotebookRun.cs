namespace ShanghaiAi.Stats.Tests.Notebooks;

/// <summary>What running a notebook on the kernel gave: the last cell's return value and every value displayed
/// (mime type and text), in order.</summary>
internal sealed record NotebookRun(object? ReturnValue, IReadOnlyList<(string MimeType, string Value)> Displayed);
