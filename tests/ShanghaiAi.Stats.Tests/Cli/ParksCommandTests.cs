using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Tests.ParkIndex;

namespace ShanghaiAi.Stats.Tests.Cli;

public sealed class ParksCommandTests : IDisposable
{
    private readonly ParkIndexWarehouseData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Invoke_PeriodAndDb_UsesLatestVintageAndWritesScores()
    {
        var code = ParksCommand.Create().Parse(["--period", "2026-09", "--db", _data.Warehouse.Path, "--out", _data.OutDir, "--runs", "100"]).Invoke();

        code.Should().Be(0);
        File.Exists(Path.Combine(_data.OutDir, "park-scores.csv")).Should().BeTrue();
        _data.Scalar<string>("SELECT DISTINCT vintage_id FROM park_scores").Should().Be("2026-09.v2");
    }

    [Fact]
    public void Invoke_PeriodWithoutVintage_ExitsWithBadInput()
    {
        var code = ParksCommand.Create().Parse(["--period", "2026-12", "--db", _data.Warehouse.Path, "--out", _data.OutDir]).Invoke();

        code.Should().Be(CliErrors.BadInput);
        Directory.Exists(_data.OutDir).Should().BeFalse();
    }
}
