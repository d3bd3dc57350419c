using ShanghaiAi.Stats.ParkIndex;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

public sealed class OutlierTreatmentTests
{
    private static readonly OutlierSettings Settings = new(2, 3.5, 5, 5);

    [Fact]
    public void Apply_OneExtremeValue_WinsorisedOnePoint()
    {
        // 1..9, 100: bias-adjusted skew 3.119, excess kurtosis 9.799 (Excel SKEW/KURT; both over the thresholds).
        // Setting 100 to the next value 9 removes the skew: one point is enough.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];

        var t = OutlierTreatment.Apply("v", x, Settings);

        t.Kind.Should().Be(IndicatorTreatment.Winsorised);
        t.Points.Should().Be(1);
        t.Skewness.Should().BeApproximately(3.1188957452, 1e-9);
        t.Kurtosis.Should().BeApproximately(9.7992447162, 1e-9);
        x.Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9, 9);
    }

    [Fact]
    public void Apply_SkewSurvivesFivePoints_LogTransformedInstead()
    {
        // 54 zeros and 1, 2, 4, 8, 16, 1000: capping the top five at 1 leaves a 0/1 variable with p = 0.1,
        // skew (1 - 2p) / sqrt(p(1 - p)) = 2.67 and kurtosis 5.1: still skewed, so ln(1 + (x - min) / sd) instead.
        var x = Enumerable.Repeat(0.0, 54).Concat([1, 2, 4, 8, 16, 1000]).ToArray();
        var sd = Math.Sqrt(x.Select(v => (v - x.Average()) * (v - x.Average())).Average());

        var t = OutlierTreatment.Apply("v", x, Settings);

        t.Kind.Should().Be(IndicatorTreatment.Log);
        x[0].Should().Be(0);
        x[^1].Should().BeApproximately(Math.Log(1 + (1000 / sd)), 1e-12);
    }

    [Fact]
    public void Apply_SymmetricOrFewValues_LeftAlone()
    {
        double[] sym = [1, 2, 3, 4, 5, 6];
        double[] few = [1, 2, 1000, 3];

        OutlierTreatment.Apply("v", sym, Settings).Kind.Should().Be(IndicatorTreatment.None);
        OutlierTreatment.Apply("v", few, Settings).Kind.Should().Be(IndicatorTreatment.None);
        few.Should().Equal(1, 2, 1000, 3);
    }

    [Fact]
    public void Moments_ExcelDocumentationSample_MatchesSkewAndKurt()
    {
        // Microsoft's examples for SKEW and KURT use 3, 4, 5, 2, 3, 4, 5, 6, 4, 7: SKEW = 0.359543071, KURT = -0.151799637.
        // By hand: n = 10, mean 4.3, m2 = 2.01, m3 = 0.504, m4 = 9.5073; g1 = m3 / m2^1.5 = 0.176864,
        // G1 = g1 sqrt(90) / 8 = 0.359543; g2 = m4 / m2^2 - 3 = -0.646768, G2 = (11 g2 + 6) 9 / 56 = -0.151800.
        var (skew, kurt) = OutlierTreatment.Moments([3, 4, 5, 2, 3, 4, 5, 6, 4, 7]);

        skew.Should().BeApproximately(0.359543071, 1e-9);
        kurt.Should().BeApproximately(-0.151799637, 1e-9);
    }

    [Fact]
    public void Apply_YesNoIndicator_NeverTreated()
    {
        // One park of ten has an ethics review: skew 3.16 and kurtosis 10 would call it an outlier; a yes/no
        // indicator never is one.
        double[] x = [100, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var (skew, kurt) = OutlierTreatment.Moments(x);
        skew.Should().BeGreaterThan(2);
        kurt.Should().BeGreaterThan(3.5);

        var t = OutlierTreatment.Apply("ethics_review", x, Settings);

        t.Kind.Should().Be(IndicatorTreatment.None);
        x[0].Should().Be(100);
    }
}
