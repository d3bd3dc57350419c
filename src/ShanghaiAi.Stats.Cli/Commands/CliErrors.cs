using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// The exit-code policy of <c>aistats</c> (README "Exit codes"), and the one-line message of every error a user can
/// cause: never a stack trace.
/// <list type="bullet">
/// <item>0: done.</item>
/// <item>1: done, but some rows were rejected (ingest; the validation report lists them).</item>
/// <item>2: the input could not be used (a file, an option, a warehouse that is busy, missing or not a warehouse).</item>
/// <item>70: an internal fault of aistats (a bug): one line, the details in <c>aistats-error.log</c>.</item>
/// </list>
/// </summary>
public static class CliErrors
{
    public const int Done = 0;

    public const int RowsRejected = 1;

    public const int BadInput = 2;

    public const int InternalFault = 70;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            return Report(e);
        }
    }

    /// <summary>Prints one line for <paramref name="e"/> and returns its exit code.</summary>
    public static int Report(Exception e)
    {
        if (UserMessage(e) is { } message)
        {
            // One line on stderr, never wrapped: scripts and people read the same line.
            Console.Error.WriteLine("error: " + OneLine(message));
            return BadInput;
        }

        var log = Path.GetFullPath("aistats-error.log");
        try
        {
            File.AppendAllText(log, e + Environment.NewLine);
        }
        catch (IOException)
        {
            log = "(could not be written)";
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"internal error: {e.GetType().Name}: {FirstLine(e.Message)} (a fault of aistats, not of the input; details in {log})"));
        return InternalFault;
    }

    /// <summary>The message of an error the user caused and can fix, or null for a fault of the program.</summary>
    public static string? UserMessage(Exception e) => e switch
    {
        StatsException s => s.Message,
        DuckDBException d when d.Message.Contains("not a valid DuckDB database", StringComparison.OrdinalIgnoreCase)
            || d.Message.Contains("Unable to open database", StringComparison.OrdinalIgnoreCase)
            || d.Message.Contains("database file", StringComparison.OrdinalIgnoreCase) && d.Message.Contains("version", StringComparison.OrdinalIgnoreCase)
            => "the warehouse file is not a DuckDB database of aistats (" + FirstLine(d.Message) + "); expected a warehouse made by aistats, or a new file name",
        DuckDBException d when WarehouseAccess.IsLocked(d) => "the warehouse is busy: " + FirstLine(d.Message),
        UnauthorizedAccessException u => FirstLine(u.Message) + " (permission denied)",
        DirectoryNotFoundException or FileNotFoundException => FirstLine(e.Message),
        IOException io => FirstLine(io.Message),
        _ => null,
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string FirstLine(string text)
    {
        var i = text.IndexOfAny(['\r', '\n']);
        return i < 0 ? text : text[..i];
    }
}
