using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Cli.Support;

/// <summary>A temp folder for CLI runs: the warehouse aistats.duckdb, the corpus register, monthly files.</summary>
public sealed class CliFolder : IDisposable
{
    public CliFolder()
    {
        Dir = Path.Combine(Path.GetTempPath(), "aistats-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        File.Copy(Corpus.PathOf("register-base.csv"), Path.Combine(Dir, "register.csv"));
    }

    public string Dir { get; }

    public string Db => Path.Combine(Dir, "aistats.duckdb");

    public CliResult Run(params string[] args) => CliProcess.Run(Dir, null, args);

    public CliResult Run(IDictionary<string, string> env, params string[] args) => CliProcess.Run(Dir, env, args);

    /// <summary>Loads the six enterprises of the corpus register.</summary>
    public void LoadRegister()
    {
        var r = Run("ingest", "--kind", "register", "register.csv");
        r.Exit.Should().Be(0, r.ToString());
    }

    /// <summary>A monthly file of the six registered enterprises for <paramref name="period"/>.</summary>
    public string Monthly(string name, string period, int revenue = 1000)
    {
        var sb = new StringBuilder(Some.MonthlyHeader).Append('\n');
        for (var i = 1; i <= 6; i++)
        {
            sb.Append(Some.MonthlyRow(Some.Uscc(i), period, revenue.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        File.WriteAllText(Path.Combine(Dir, name), sb.ToString());
        return name;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
