using Xunit.Abstractions;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// The fifth development set of issue 16, part b (Data/dev5-enterprises-b.csv): the small technology cells — AI
/// servers and accelerator cards (0102), intelligent sensors (0103), data resources and annotation (0202), AI frameworks
/// and system software (0302), computer vision (0303), 30 or more each —, education (0504) and health and elderly care
/// (0505) in unusual wordings, 20 or more each, and out-of-scope look-alikes (40 or more: ordinary servers, IDC, sensors,
/// databases, data entry, photography, tutoring, clinics), written before the keyword list or the rules were read.
/// The floor keeps the round-5b work from slipping back; a confidence of 0.9 or more must be right at least 95% of the time.
/// </summary>
public sealed class Dev5bSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Classify_Dev5bSet_AboveItsFloorAndSureResultsRight()
    {
        var run = LabelledRun.Of("Data/dev5-enterprises-b.csv");
        foreach (var line in run.Report())
        {
            output.WriteLine(line);
        }

        run.Outcomes.Should().HaveCountGreaterThanOrEqualTo(270);
        foreach (var technology in new[] { "0102", "0103", "0202", "0302", "0303" })
        {
            run.Outcomes.Count(o => o.Expected == technology).Should().BeGreaterThanOrEqualTo(30, $"{technology} is covered richly");
        }

        foreach (var sector in new[] { "0504", "0505" })
        {
            run.Outcomes.Count(o => o.Expected == sector).Should().BeGreaterThanOrEqualTo(20, $"{sector} is covered in unusual wordings");
        }

        run.Outcomes.Count(o => o.Expected == "00").Should().BeGreaterThanOrEqualTo(40, "look-alikes are covered");
        run.Accuracy.Should().BeGreaterThanOrEqualTo(Dev5bFloor);
        run.ShareRightFrom(0.9).Should().BeGreaterThanOrEqualTo(0.95, "a confidence of 0.9 or more means right at least 95% of the time");
    }

    /// <summary>
    /// Accuracy floor on development set 5b: 72.8% at its first run, before the keyword list or the rules were read; 95.3%
    /// after the round-5b vocabulary and rules, which were tuned on it, so the floor is optimistic (termsh note).
    /// </summary>
    private const double Dev5bFloor = 0.93;
}
