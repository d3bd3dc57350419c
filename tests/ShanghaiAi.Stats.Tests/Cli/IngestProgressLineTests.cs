using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Cli.Support;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>The progress line of <c>aistats ingest</c>: rows read so far, once a second, on stderr.</summary>
public sealed partial class IngestProgressLineTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void EachSecond_IntoAFile_OneLineWithTheRowsReadSoFar()
    {
        var stages = new IngestStages();
        using var err = new StringWriter();
        using var line = new IngestProgressLine(stages, err, overwrite: false, _time);

        _time.Advance(TimeSpan.FromMilliseconds(900));
        stages.Read(1_200);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        stages.Read(420_000);
        _time.Advance(TimeSpan.FromSeconds(1));
        stages.Read(1_000_000);
        _time.Advance(TimeSpan.FromMilliseconds(700));
        line.Finish();
        _time.Advance(TimeSpan.FromSeconds(3));

        err.ToString().Should().Be(
            "已读 read 1,200 行 rows · 1 s\n" +
            "已读 read 420,000 行 rows · 2 s\n" +
            "已读 read 1,000,000 行 rows · 完成 finished · 3 s\n",
            "nothing before the first second, nothing after the last line");
    }

    [Fact]
    public void OnATerminal_EachLineReplacesTheOneBefore_AndTheLastEndsTheLine()
    {
        var stages = new IngestStages();
        using var err = new StringWriter();
        using var line = new IngestProgressLine(stages, err, overwrite: true, _time);

        stages.Read(123_456);
        _time.Advance(TimeSpan.FromSeconds(1));
        stages.Read(200_000);
        line.Finish();

        err.ToString().Should().Be("\r已读 read 123,456 行 rows · 1 s\r已读 read 200,000 行 rows · 完成 finished · 1 s\n");
    }

    [Fact]
    public void OnATerminal_DoneWithinTheFirstSecond_NoLineAtAll()
    {
        var stages = new IngestStages();
        using var err = new StringWriter();
        using var line = new IngestProgressLine(stages, err, overwrite: true, _time);

        stages.Read(2_000);
        _time.Advance(TimeSpan.FromMilliseconds(400));
        line.Finish();
        _time.Advance(TimeSpan.FromSeconds(2));

        err.ToString().Should().BeEmpty("a small upload's summary follows at once");
    }

    [Fact]
    public void Dispose_WithoutFinish_EndsAPartialTerminalLineAndStopsTheTimer()
    {
        var stages = new IngestStages();
        using var err = new StringWriter();
        var line = new IngestProgressLine(stages, err, overwrite: true, _time);

        _time.Advance(TimeSpan.FromSeconds(1));
        line.Dispose();
        _time.Advance(TimeSpan.FromSeconds(5));

        err.ToString().Should().Be("\r已读 read 0 行 rows · 1 s\n", "an error message after it starts on a line of its own");
    }

    [Fact]
    public void Ingest_WithProgress_EndsWithTheRowsOfTheUpload_AndWithoutIt_PrintsNone()
    {
        using var f = new CliFolder();
        f.LoadRegister();

        var with = f.Run("ingest", "--kind", "monthly-report", f.Monthly("m.csv", "2026-09"), "--progress");
        var without = f.Run("ingest", "--kind", "monthly-report", f.Monthly("n.csv", "2026-10"));

        with.Exit.Should().Be(0, with.ToString());
        var rows = Rows().Match(with.Out).Groups[1].Value;
        with.Out.Should().Contain($"已读 read {int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture):N0} 行 rows · 完成 finished · ", with.ToString());
        without.Exit.Should().Be(0, without.ToString());
        without.Out.Should().NotContain("已读 read", "stderr is not a terminal here and --progress was not asked for");
    }

    [GeneratedRegex(@"rows (\d+)\n")]
    private static partial Regex Rows();
}
