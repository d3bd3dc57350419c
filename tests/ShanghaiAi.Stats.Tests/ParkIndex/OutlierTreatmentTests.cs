using ShanghaiAi.Stats.ParkIndex;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

public sealed class OutlierTreatmentTests
{
    private static readonly OutlierSettings Settings = new(2, 3.5, 5, 5);

    [Fact]
    public void Apply_OneExtremeValue_WinsorisedOnePoint()
    {
        // 1..9, 100: skew 2.630, excess kurtosis 4.998 (both over the thresholds). Setting 100 to the next value 9
        // gives skew -0.128: one point is enough.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];

        var t = OutlierTreatment.Apply("v", x, Settings);

        t.Kind.Should().Be(IndicatorTreatment.Winsorised);
        t.Points.Should().Be(1);
        t.Skewness.Should().BeApproximately(2.6300838239, 1e-9);
        t.Kurtosis.Should().BeApproximately(4.9975525667, 1e-9);
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
}
