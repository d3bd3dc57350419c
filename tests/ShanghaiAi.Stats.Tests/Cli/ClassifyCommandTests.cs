using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Cli.Commands;
using static ShanghaiAi.Stats.Tests.Support.TestFiles;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Cli;

public sealed class ClassifyCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cls-cmd-" + Guid.NewGuid().ToString("N"));

    public ClassifyCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Classify_RegisterWithOverrideInWarehouse_WritesCsvHonouringTheOverride()
    {
        var register = Path.Combine(_dir, "register.csv");
        File.WriteAllText(register, $"uscc,name,industry_code,business_scope\n{Uscc(1)},上海甲有限公司,6513,人工智能应用软件开发\n{Uscc(2)},上海乙有限公司,3963,航拍服务\nbad,上海丙有限公司,6513,软件开发\n");
        var warehouse = Path.Combine(_dir, "w.duckdb");
        new ClassificationStore(StatsWarehouse.Open(warehouse)).AddOverrides(
            [new ClassificationOverride(Uscc(1), "0502", "核实为银行智能风控", "stat.li", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero))]);
        var output = Path.Combine(_dir, "out.csv");

        var code = ClassifyCommand.Create().Parse(["--register", register, "--out", output, "--warehouse", warehouse]).Invoke();

        code.Should().Be(0);
        var lines = File.ReadAllLines(output);
        lines[0].Should().Be("uscc,category,category_l1,secondary_categories,scope_basis,ai_enterprise,confidence,review,evidence");
        lines[1].Should().StartWith($"{Uscc(1)},0502,05,0509,override,N,1.00,N,\"override by stat.li on 2026-10-01: 核实为银行智能风控; rules gave 0509 (text)");
        lines[2].Should().Be($"{Uscc(2)},0403,04,,class,N,0.85,N,industry 3963 is wholly in scope (0403); rule 3: whole class decides 0403");
        lines.Should().HaveCount(3);
        File.ReadAllLines(output + ".rejected.csv").Should().Equal("row,column,value,rule,problem",
            "4,uscc,bad,REG-H02,\"not a valid unified social credit code (expected 18 characters, found 3)\"");
    }

    [Fact]
    public void Classify_WarehouseWithOverridesCsv_ImportsThenClassifiesTheCurrentRegister()
    {
        using var w = new SeededWarehouse();
        w.Register(Uscc(1), "上海甲有限公司", "6513", "人工智能应用软件开发");
        w.Register(Uscc(2), "上海乙有限公司", "3491", "通用设备制造");
        var csv = Path.Combine(_dir, "decisions.csv");
        File.WriteAllText(csv, $"uscc,category,reason,decided_by\n{Uscc(1)},0304,主营智能客服,stat.li\n");

        var code = ClassifyCommand.Create().Parse(["--warehouse", w.Warehouse.Path, "--import-overrides", csv]).Invoke();

        code.Should().Be(0);
        w.Query("SELECT uscc, category, scope_basis FROM classifications WHERE valid_to IS NULL ORDER BY uscc").Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "0304", "override" },
            new object?[] { Uscc(2), "0401", "class" },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Classify_NoRegisterAndNoWarehouse_ExitsWithBadInput()
        => ClassifyCommand.Create().Parse(["--out", Path.Combine(_dir, "o.csv")]).Invoke().Should().Be(CliErrors.BadInput);

    [Fact]
    public void Classify_MissingFile_ExitsWithBadInput()
        => ClassifyCommand.Create().Parse(["--register", Path.Combine(_dir, "none.csv"), "--out", Path.Combine(_dir, "o.csv")]).Invoke()
            .Should().Be(CliErrors.BadInput);
}
