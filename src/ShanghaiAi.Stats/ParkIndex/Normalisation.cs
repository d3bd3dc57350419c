namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>How indicators are brought to a common scale (park-index.md step 3).</summary>
public enum Normalisation
{
    /// <summary>Min-max to [0, 100]: (x - min) / (max - min) x 100; a constant indicator scores 50.</summary>
    MinMax,

    /// <summary>Standard score rescaled to mean 100 and standard deviation 10 (population SD): 100 + 10 z.</summary>
    ZScore,

    /// <summary>Distance to target: (x - low) / (high - low) x 100 with the method's goalposts, capped to [0, 100].</summary>
    Goalposts,
}
