namespace ShanghaiAi.Stats.Outputs;

/// <summary>One public file (or, for the lake, its folder) of an output folder, relative to it, with its format.</summary>
public sealed record OpenDataResource(string RelativePath, OpenDataFormat Format);
