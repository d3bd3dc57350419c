using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>Issue 11 part 1: uploaded text in a CSV never opens as a formula (OWASP CSV injection).</summary>
public sealed class ReviewQueueFileTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    [Fact]
    public void Write_NamesBeginningWithFormulaCharacters_Neutralised()
    {
        var path = Path.Combine(_dir, ReviewQueueFile.Name);
        ReviewQueueFile.Write(
        [
            new ReviewItem("91310115MA1K000001", "=HYPERLINK(\"http://x\",\"y\")", "0101", "share", "+cmd|' /C calc'!A0"),
            new ReviewItem("91310115MA1K000002", "@SUM(1+9)", "0102", "-2+3", "\tx"),
            new ReviewItem("91310115MA1K000003", "上海智算科技有限公司", "0103", "\rcr", "plain"),
        ], path);

        // ReviewItem is (uscc, name, category, evidence, reason); the file's columns are uscc, name, category, reason, evidence.
        File.ReadAllText(path).Should().Be(
            "uscc,name,category,reason,evidence\n"
            + "91310115MA1K000001,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0101,'+cmd|' /C calc'!A0,share\n"
            + "91310115MA1K000002,'@SUM(1+9),0102,'\tx,'-2+3\n"
            + "91310115MA1K000003,上海智算科技有限公司,0103,plain,\"'\rcr\"\n");
    }
}
