using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

/// <summary>
/// Register loads whose staged classifications are proven current by keys (<c>ClassificationRefresh.Proven</c>, issue
/// 15) leave exactly the classifications that classifying everyone leaves: after each real load, the classifications
/// table (every column, fingerprints too) equals the one a refresh that classifies every enterprise again (fingerprints
/// erased) leaves in its place. The loads meet each case the proof must refuse: an enterprise with a report, one with an
/// override, a code twice in the file (new, and one the register held), a second upload that changes rows (one merged
/// with the row the register held, so the current row is not the one staged), leaves one unchanged, sends a row of an
/// enterprise that already had a classification, and drops others from the file.
/// </summary>
public sealed class ClassificationProofTests : IDisposable
{
    private const string Header = "uscc,name,district_code,industry_code,business_scope,main_products\n";

    private const string Rows = """
        SELECT uscc, edition, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence,
               classified_at, valid_to, inputs_md5
        FROM classifications ORDER BY ALL
        """;

    private static readonly Classifier Embedded = Classifier.Embedded;
    private readonly IngestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void Ingest_TwoRegisterUploadsWithReportsOverridesDuplicatesAndMergedRows_SameTableAsClassifyingEveryone()
    {
        Report(2);
        Override(3);
        Load("reg1.csv",
            Row(1, "上海甲智能科技有限公司", "人工智能软件开发", "大模型平台"),
            Row(2, "上海乙软件有限公司", "人工智能应用软件开发", ""),
            Row(3, "上海丙服装有限公司", "服装零售", ""),
            Row(4, "上海丁科技有限公司", "人脸识别算法开发", "人脸识别门禁"),
            Row(5, "上海戊智能科技有限公司", "语音识别软件开发；智能客服系统", "智能客服"),
            Row(6, "上海己数据有限公司", "大模型训练数据标注服务", ""),
            Row(7, "上海庚重复有限公司", "软件开发", ""),
            Row(7, "上海庚重复有限公司", "软件开发；人工智能", ""));
        SameAsClassifyingEveryone().Should().Be(6, "1-6 are in the register, 7 was dropped as a duplicate");

        // between the loads: rows the register holds without a classification, a classification without a register row,
        // and a report and an override of enterprises the next upload brings
        Register(13, "上海壬机器人有限公司", "工业机器人制造", "焊接机器人");
        Register(17, "上海癸科技有限公司", "计算机视觉软件开发", "视觉检测");
        _bed.Warehouse.Write(c => Sql.Exec(c, """
            INSERT INTO classifications (uscc, edition, category, category_l1, secondary_categories, scope_basis, ai_enterprise, confidence, review, evidence, classified_at, valid_to, inputs_md5)
            VALUES ($1, '2025', '00', '00', '', 'scope', false, 0.5, false, 'stale', TIMESTAMP '2026-11-01', NULL, 'stale')
            """, Some.Uscc(15)));
        Report(18);
        Override(19);
        _bed.Time.Advance(TimeSpan.FromDays(1));

        Load("reg2.csv",
            Row(1, "上海甲人工智能科技有限公司", "人工智能软件开发", "大模型平台"),
            Row(4, "上海丁科技有限公司", "人脸识别算法开发", ""),
            Row(13, "上海壬智能机器人有限公司", "工业机器人制造；人工智能", ""),
            Row(15, "上海子智能科技有限公司", "智能客服系统开发", "智能客服"),
            Row(16, "上海丑重复有限公司", "软件开发", ""),
            Row(16, "上海丑重复有限公司", "软件开发；人工智能", ""),
            Row(17, "上海癸科技有限公司", "计算机视觉软件开发", ""),
            Row(17, "上海癸科技有限公司", "计算机视觉软件开发；人工智能", ""),
            Row(18, "上海寅服装有限公司", "服装零售", ""),
            Row(19, "上海卯科技有限公司", "软件开发", ""),
            Row(20, "上海辰智能科技有限公司", "机器学习平台开发", "机器学习平台"));
        SameAsClassifyingEveryone().Should().Be(12, "1-6, 13 (merged), 15, 17 (its earlier row), 18, 19 and 20; 16 was dropped");

        _bed.Scalar<string>($"SELECT main_products FROM register WHERE uscc = '{Some.Uscc(13)}' AND valid_to IS NULL")
            .Should().Be("焊接机器人", "the merged row keeps the earlier products, so it is not the row staged");
        _bed.Scalar<long>($"SELECT count(*) FROM classifications WHERE uscc = '{Some.Uscc(15)}' AND evidence = 'stale' AND valid_to IS NULL")
            .Should().Be(0);
    }

    [Fact]
    public void Ingest_FirstLoadOfNewEnterprises_EveryStagedRowStandsAsClassifyingEveryoneStores()
    {
        Load("reg1.csv", [.. Enumerable.Range(1, 40).Select(i => Row(i, $"上海{i}号智能科技有限公司", i % 3 == 0 ? "服装零售" : "人工智能软件开发；数据处理", i % 2 == 0 ? "大模型平台" : ""))]);

        SameAsClassifyingEveryone().Should().Be(40);
        _bed.Scalar<long>("SELECT count(*) FROM classifications").Should().Be(40, "each enterprise was stored once: the staged row stood");
    }

    private void Load(string name, params string[] rows)
    {
        var result = _bed.Ingest(IngestKinds.Register, _bed.Write(name, Header + string.Concat(rows)));
        result.Accepted.Should().BeGreaterThan(0);
    }

    /// <summary>Classifies every current enterprise again, in a transaction rolled back, with every current fingerprint
    /// erased (so nothing is skipped and each stored row is compared with a new result), checks that this changes
    /// nothing in the classifications table (no row closed or added, every fingerprint recomputed equal), and returns
    /// how many enterprises it classified.</summary>
    private int SameAsClassifyingEveryone()
    {
        var stored = Query(Rows);
        var classified = 0;
        var again = _bed.Warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            Sql.Exec(c, "UPDATE classifications SET inputs_md5 = NULL WHERE valid_to IS NULL");
            ClassificationRefresh.Run(c, Embedded.Standard.Edition, _bed.Time.GetUtcNow().AddHours(1),
                (i, o) => { Interlocked.Increment(ref classified); return Embedded.Classify(i, o); },
                onlyChanged: true, ClassificationFingerprint.RulesOf(Embedded));
            var rows = SeededWarehouse.Query(c, Rows);
            tx.Rollback();
            return rows;
        });
        again.Should().BeEquivalentTo(stored, o => o.WithStrictOrdering());
        return classified;
    }

    private List<object?[]> Query(string sql)
    {
        using var c = _bed.Warehouse.OpenRead();
        return SeededWarehouse.Query(c, sql);
    }

    private static string Row(int n, string name, string scope, string products)
        => $"{Some.Uscc(n)},{name},310115,6513,{scope},{products}\n";

    private void Register(int n, string name, string scope, string products)
        => _bed.Warehouse.Write(c => Sql.Exec(c, """
            INSERT INTO register (uscc, name, district_code, industry_code, business_scope, main_products, source, valid_from)
            VALUES ($1, $2, '310115', '6513', $3, $4, 'register', TIMESTAMP '2026-11-01')
            """, Some.Uscc(n), name, scope, products));

    private void Report(int n)
        => _bed.Warehouse.Write(c => Sql.Exec(c, """
            INSERT INTO reports (uscc, period, revenue_ytd, ai_revenue_ytd, upload_id, received_at, revision)
            VALUES ($1, DATE '2026-10-01', 2000, 1500, 'U-TEST', TIMESTAMP '2026-11-01', 1)
            """, Some.Uscc(n)));

    private void Override(int n)
        => new ClassificationStore(_bed.Warehouse).AddOverrides([OverrideCheck.Validate(
            new ClassificationOverride(Some.Uscc(n), "0509", "实地核查", "stat.li", _bed.Time.GetUtcNow()), Embedded.Standard, "override")]);
}
