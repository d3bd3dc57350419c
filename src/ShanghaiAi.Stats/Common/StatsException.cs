namespace ShanghaiAi.Stats.Common;

/// <summary>
/// The one domain exception for bad input: reference data, uploaded files, command arguments, settings.
/// Its message names the input, the value, what was expected and what was found.
/// </summary>
public sealed class StatsException : Exception
{
    public StatsException(string message) : base(message) { }

    public StatsException(string message, Exception inner) : base(message, inner) { }
}
