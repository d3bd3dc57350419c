using System.CommandLine;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats generate</c>: the synthetic data set (placeholder until the generator lands).</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var cmd = new Command("generate", "Write a synthetic data set (合成数据)");
        cmd.SetAction(_ => 1);
        return cmd;
    }
}
