using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Tests.Synthetic;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>The generate command (moved from Synthetic/SyntheticFilesTests).</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void GenerateCommand_WithoutEnd_EndsWithThePreviousMonth()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero));
            var exit = GenerateCommand.Create(time).Parse(["--enterprises", "30", "--months", "2", "--seed", "5", "--out", dir]).Invoke();
            exit.Should().Be(0);
            Directory.GetFiles(Path.Combine(dir, "reports"), "monthly-*.csv").Select(Path.GetFileName)
                .Should().BeEquivalentTo(["monthly-2026-01.csv", "monthly-2026-02.csv"]);
            SyntheticFixture.Read(Path.Combine(dir, "register.csv")).Should().HaveCount(30);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void GenerateCommand_BadEnd_ExitsWithBadInput()
    {
        var exit = GenerateCommand.Create(TimeProvider.System).Parse(["--end", "2026-13", "--out", Path.GetTempPath()]).Invoke();
        exit.Should().Be(CliErrors.BadInput);
    }
}
