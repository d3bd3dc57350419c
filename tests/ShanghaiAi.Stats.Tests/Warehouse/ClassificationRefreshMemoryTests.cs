using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

/// <summary>
/// The refresh after the rules changed (another build, keyword list or edition: every enterprise's fingerprint is
/// stale) classifies the whole register inside a load, under the load's DuckDB memory limit. Its work table once
/// joined every register row with the stored classification in one wide query, which ran out of memory under 96 MB
/// with a 1,000,000-row register: the first roster or register upload after an upgrade failed. Here the same happens
/// at a smaller scale: 60,000 enterprises under a 48 MB limit (that query ran out of memory there, and with 100,000
/// under 64 MB; the refresh now joins the stored results a range at a time and passes with 100,000 under 48 MB).
/// </summary>
public sealed class ClassificationRefreshMemoryTests : IDisposable
{
    private const int Enterprises = 60_000;
    private static readonly Classifier Classifier = Classifier.Embedded;
    private readonly SeededWarehouse _w = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Refresh_EveryFingerprintStaleUnderALowMemoryLimit_ClassifiesEveryoneAndKeepsUnchangedRows()
    {
        // long, varied texts, as a city register's 经营范围 are; one enterprise in ten sells AI software
        _w.Exec($"""
            INSERT INTO register (uscc, name, district_code, industry_code, business_scope, main_products, source, valid_from)
            SELECT '91310115MA' || lpad(i::VARCHAR, 8, '0'), '上海测试' || i || '科技有限公司', '310115',
                   CASE WHEN i % 10 = 0 THEN '6513' ELSE '5273' END,
                   CASE WHEN i % 10 = 0 THEN '人工智能应用软件开发；' ELSE '' END
                       || '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；日用百货销售；服装服饰零售；第' || i
                       || '号门店经营；会议及展览服务；专业设计服务；（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
                   CASE WHEN i % 10 = 0 THEN '智能客服系统' ELSE '服装' END, 'register', TIMESTAMP '2026-01-01'
            FROM range({Enterprises}) t(i)
            """);
        var first = _time.GetUtcNow();
        _w.Warehouse.Write(c => ClassificationRefresh.Run(c, Classifier.Standard.Edition, first, Classifier.Classify, onlyChanged: true, rules: "rules-a"));
        _time.Advance(TimeSpan.FromDays(1));
        var later = _time.GetUtcNow();

        var s = _w.Warehouse.Write(c =>
        {
            Sql.Exec(c, "SET memory_limit = '48MB'");
            using var tx = c.BeginTransaction();
            var summary = ClassificationRefresh.Run(c, Classifier.Standard.Edition, later, Classifier.Classify, onlyChanged: true, rules: "rules-b");
            tx.Commit();
            Sql.Exec(c, "RESET memory_limit");
            return summary;
        });

        // the same classifier: every result is unchanged, so every row is kept and only its fingerprint moves on
        (s.Classified, s.Superseded).Should().Be((Enterprises, 0));
        s.InScope.Should().Be(Enterprises / 10);
        var rows = _w.Query("""
            SELECT count(*), count(*) FILTER (WHERE valid_to IS NULL), count(DISTINCT uscc), min(classified_at), max(classified_at)
            FROM classifications
            """)[0];
        rows.Should().Equal((long)Enterprises, (long)Enterprises, (long)Enterprises, first.UtcDateTime, first.UtcDateTime);
        // every stored fingerprint is now the one of rules-b, as the SQL computes it over the current inputs
        _w.Query($"""
            SELECT count(*) FROM classifications k JOIN register r ON r.uscc = k.uscc
            WHERE k.inputs_md5 = {ClassificationFingerprint.Sql().Replace("$rules", "'rules-b'", StringComparison.Ordinal)}
            """.Replace("l.revenue_ytd", "NULL", StringComparison.Ordinal).Replace("l.ai_revenue_ytd", "NULL", StringComparison.Ordinal)
            .Replace("ov.o", "NULL", StringComparison.Ordinal))[0][0].Should().Be((long)Enterprises);
    }
}
