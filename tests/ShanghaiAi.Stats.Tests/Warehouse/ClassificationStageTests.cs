using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;
using static ShanghaiAi.Stats.Tests.Support.TestFiles;

namespace ShanghaiAi.Stats.Tests.Warehouse;

/// <summary>
/// Results classified while a register is read (<see cref="ClassificationStage"/>, issue 15) are stored only where they
/// are what the refresh would compute: the refresh with staged results leaves the same classifications table (every
/// column, the fingerprints too) and the same counts as the refresh classifying everyone, and classifies itself exactly
/// the enterprises whose staged inputs are not their current ones. (The fingerprints of closed rows are left out: the
/// warehouse classifying everyone has them erased.)
/// </summary>
public sealed class ClassificationStageTests : IDisposable
{
    private const string Rows = """
        SELECT uscc, edition, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence,
               classified_at, valid_to, CASE WHEN valid_to IS NULL THEN inputs_md5 END
        FROM classifications ORDER BY ALL
        """;

    private static readonly Classifier Embedded = Classifier.Embedded;
    private readonly SeededWarehouse _staged = new();
    private readonly SeededWarehouse _everyone = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
    private ClassificationRunSummary? _summary;

    public void Dispose()
    {
        _staged.Dispose();
        _everyone.Dispose();
    }

    [Fact]
    public void Of_RegisterRowWithoutReportOrOverride_TheFingerprintTheRefreshStores()
    {
        RegisterEntry[] entries =
        [
            Entry(1, "上海甲机器人有限公司", "工业机器人制造", products: "焊接机器人、搬运机器人", park: "P01", size: "规上", registered: new DateOnly(2019, 3, 7)),
            Entry(2, "上海乙软件有限公司 \"A&B\"", "软件开发；计算机系统服务", district: null, industry: null),
            Entry(3, "Shanghai Ding Tech", null, products: "~", size: "规下"),
        ];
        foreach (var e in entries)
        {
            Insert(_staged, e);
        }

        new ClassificationStore(_staged.Warehouse).Reclassify(Embedded, _time.GetUtcNow());

        var rules = ClassificationFingerprint.RulesOf(Embedded);
        var buffer = new byte[4];
        foreach (var e in entries)
        {
            _staged.Scalar<string>($"SELECT inputs_md5 FROM classifications WHERE uscc = '{e.Uscc}'")
                .Should().Be(ClassificationFingerprint.Of(rules, e, ref buffer), e.Name);
        }
    }

    [Fact]
    public void Refresh_WithStagedResults_SameTableAsClassifyingEveryone()
    {
        // an enterprise loaded and classified before: not staged again
        Both(w => Insert(w, Entry(1, "上海甲机器人有限公司", "工业机器人制造")));
        Refresh(_staged, []).Should().Be(1);
        Refresh(_everyone, null);

        // the load: 2 has a report, 3 an override, 4's current row is not the one staged (a merged row), 5 and 6 are
        // as staged, 7 was staged but is not in the register (a duplicate), 1 is staged as changed but classified
        RegisterEntry[] read =
        [
            Entry(1, "上海甲智能机器人有限公司", "工业机器人制造；人工智能软件开发"),
            Entry(2, "上海乙软件有限公司", "人工智能应用软件开发"),
            Entry(3, "上海丙服装有限公司", "服装零售"),
            Entry(4, "上海丁科技有限公司", "人脸识别算法开发"),
            Entry(5, "上海戊智能科技有限公司", "语音识别软件开发；智能客服系统", products: "智能客服"),
            Entry(6, "上海己数据有限公司", "大模型训练数据标注服务", registered: new DateOnly(2021, 5, 1)),
            Entry(7, "上海庚重复有限公司", "软件开发"),
        ];
        Both(w =>
        {
            w.Exec("UPDATE register SET valid_to = TIMESTAMP '2026-10-20' WHERE uscc = ?", Uscc(1));
            foreach (var e in read[..6])
            {
                Insert(w, e.Uscc == Uscc(4) ? e with { MainProducts = "人脸识别门禁" } : e);
            }

            w.Report(Uscc(2), new DateTime(2026, 9, 1), 2000m, 1500m);
            new ClassificationStore(w.Warehouse).AddOverrides([OverrideCheck.Validate(
                new ClassificationOverride(Uscc(3), "0509", "实地核查", "stat.li", _time.GetUtcNow()), Embedded.Standard, "override")]);
        });

        Refresh(_staged, read).Should().Be(4, "1 (classified before), 2 (report), 3 (override) and 4 (another row) are classified; 5 and 6 are taken");
        Refresh(_everyone, null).Should().Be(6);

        _staged.Query(Rows).Should().BeEquivalentTo(_everyone.Query(Rows), o => o.WithStrictOrdering());
        _staged.Scalar<long>("SELECT count(*) FROM classifications WHERE valid_to IS NULL").Should().Be(6);
    }

    /// <summary>Refreshes <paramref name="w"/> at the current time in one transaction, with the results of
    /// <paramref name="read"/> staged first (or, when null, with every fingerprint erased: everyone classified), and
    /// returns how many enterprises the refresh itself classified; the run summaries of both warehouses must agree.</summary>
    private int Refresh(SeededWarehouse w, RegisterEntry[]? read)
    {
        if (read is null)
        {
            w.Exec("UPDATE classifications SET inputs_md5 = NULL");
        }

        var at = _time.GetUtcNow();
        var classified = 0;
        var summary = w.Warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            if (read is not null)
            {
                using var stage = new ClassificationStage(c, Embedded, at.UtcDateTime);
                foreach (var e in read)
                {
                    stage.Add(e);
                }

                stage.Complete();
            }

            var s = ClassificationRefresh.Run(c, Embedded.Standard.Edition, at,
                (i, o) => { Interlocked.Increment(ref classified); return Embedded.Classify(i, o); },
                onlyChanged: true, ClassificationFingerprint.RulesOf(Embedded), staged: read is not null);
            tx.Commit();
            return s;
        });
        if (read is null)
        {
            summary.Should().BeEquivalentTo(_summary, "the counts of the staged refresh are those of classifying everyone");
        }
        else
        {
            _summary = summary;
        }

        return classified;
    }

    private void Both(Action<SeededWarehouse> change)
    {
        change(_staged);
        change(_everyone);
    }

    private static RegisterEntry Entry(int n, string name, string? scope, string? products = null, string? district = "310115", string? industry = "6513",
        string? park = null, string? size = null, DateOnly? registered = null)
        => new(Uscc(n), name, district, park, industry, scope, products, registered, size);

    private static void Insert(SeededWarehouse w, RegisterEntry e)
        => w.Exec("""
            INSERT INTO register (uscc, name, district_code, park_id, industry_code, business_scope, main_products, registered_on, size_class, source, valid_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'register', TIMESTAMP '2026-10-20')
            """, e.Uscc, e.Name, e.DistrictCode, e.ParkId, e.IndustryCode, e.BusinessScope, e.MainProducts, e.RegisteredOn, e.SizeClass);
}
