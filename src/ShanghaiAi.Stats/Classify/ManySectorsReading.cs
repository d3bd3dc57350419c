namespace ShanghaiAi.Stats.Classify;

/// <summary>Whether the texts serve many trades rather than one sector (<see cref="TermTally.ManySectors"/>).</summary>
internal enum ManySectorsReading
{
    /// <summary>One sector, or none, is what the texts serve.</summary>
    None,

    /// <summary>A word says the AI serves many trades (等行业, 各行业, 行业不限, across industries).</summary>
    SaidSo,

    /// <summary>Three sectors or more are named equally often, each resting on context terms alone.</summary>
    NamedEqually,
}
