using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;
using static ShanghaiAi.Stats.Tests.Support.TestFiles;

namespace ShanghaiAi.Stats.Tests.Warehouse;

/// <summary>
/// The fingerprint-skipping refresh (issue 15) stores exactly what classifying everyone stores. Two warehouses go
/// through the same events; after each, <c>skipping</c> refreshes with its fingerprints, <c>everyone</c> first loses
/// its fingerprints (NULL never matches) so every enterprise is classified and compared as before. The classifications
/// tables must be identical (all columns but the fingerprint), and a full reclassification (rolled back) must give the
/// same current results and fingerprints.
/// </summary>
public sealed class ClassificationFingerprintTests : IDisposable
{
    private const string Rows = """
        SELECT uscc, edition, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence,
               classified_at, valid_to
        FROM classifications ORDER BY ALL
        """;

    private const string Current = """
        SELECT uscc, edition, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence, inputs_md5
        FROM classifications WHERE valid_to IS NULL ORDER BY ALL
        """;

    private static readonly Classifier Embedded = Classifier.Embedded;
    private readonly SeededWarehouse _skipping = new();
    private readonly SeededWarehouse _everyone = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _skipping.Dispose();
        _everyone.Dispose();
    }

    [Fact]
    public void Refresh_AfterEachKindOfChange_SameTableAsClassifyingEveryone()
    {
        // a register load
        Both(w =>
        {
            w.Register(Uscc(1), "上海甲机器人有限公司", "3491", "工业机器人制造");
            w.Register(Uscc(2), "上海乙软件有限公司", "6513", "软件开发；计算机系统服务");
            w.Register(Uscc(3), "上海丙服装有限公司", "5273", "服装零售");
            w.Register(Uscc(4), "上海丁科技有限公司", "6513", "人脸识别算法开发");
            w.Register(Uscc(5), "上海戊智能科技有限公司", "6513", "语音识别软件开发；智能客服系统");
            w.Report(Uscc(2), new DateTime(2026, 8, 1), 2000m, 100m);
        });
        Refresh(Embedded).Should().Be(5, "a first load classifies everyone");

        // a reload with changes: 3 gets an AI scope, 5 leaves the register, 6 is new, 1 and 2 and 4 unchanged
        Both(w =>
        {
            w.Exec("UPDATE register SET valid_to = TIMESTAMP '2026-10-21' WHERE uscc IN (?, ?)", Uscc(3), Uscc(5));
            w.Register(Uscc(3), "上海丙智能科技有限公司", "6513", "工业机器人制造；服装零售");
            w.Register(Uscc(6), "上海己数据有限公司", "6450", "大模型训练数据标注服务");
        });
        Refresh(Embedded).Should().Be(2, "only the changed and the new enterprise");

        // a monthly load changing an AI revenue share (2: 5% -> 40%), and one leaving it unchanged (4: first report, 0 revenue)
        Both(w =>
        {
            w.Report(Uscc(2), new DateTime(2026, 9, 1), 2000m, 800m);
            w.Report(Uscc(4), new DateTime(2026, 9, 1), 0m, 0m);
        });
        Refresh(Embedded).Should().Be(2, "the two enterprises whose latest report changed");

        // an override, then a changed override
        Both(w => Override(w, Uscc(3), "0509", "实地核查"));
        Refresh(Embedded).Should().Be(1);
        Both(w => Override(w, Uscc(3), "0401", "再次核查"));
        Refresh(Embedded).Should().Be(1);

        // nothing changed: nothing classified
        Refresh(Embedded).Should().Be(0);

        // another keyword list (人脸识别 dropped): everyone again, 4's result changes
        var edited = new Classifier(ClassificationStandard.Load(rel => Without(rel, "人脸识别,strong,0306,zh")));
        Refresh(edited).Should().Be(5);
        _skipping.Query("SELECT count(*) FROM classifications WHERE uscc = '" + Uscc(4) + "'")[0][0].Should().Be(2L, "its result changed with the list");

        // back to the embedded list: its results are all stored again except 4's, but the fingerprints are the edited list's
        Refresh(Embedded).Should().Be(5);
        Refresh(Embedded).Should().Be(0);
    }

    [Fact]
    public void RulesOf_AnotherKeywordList_AnotherVersion()
    {
        var edited = new Classifier(ClassificationStandard.Load(rel => Without(rel, "人脸识别,strong,0306,zh")));
        var same = new Classifier(ClassificationStandard.Load(ReferenceLoader.ReadEmbedded));

        ClassificationFingerprint.RulesOf(edited).Should().NotBe(ClassificationFingerprint.RulesOf(Embedded));
        ClassificationFingerprint.RulesOf(same).Should().Be(ClassificationFingerprint.RulesOf(Embedded));
    }

    /// <summary>Refreshes both warehouses one hour later, checks they agree, and returns how many enterprises the skipping one classified.</summary>
    private int Refresh(Classifier classifier)
    {
        _time.Advance(TimeSpan.FromHours(1));
        var at = _time.GetUtcNow();
        var rules = ClassificationFingerprint.RulesOf(classifier);
        var classified = 0;
        var skipping = _skipping.Warehouse.Write(c => ClassificationRefresh.Run(c, classifier.Standard.Edition, at,
            (i, o) => { Interlocked.Increment(ref classified); return classifier.Classify(i, o); }, onlyChanged: true, rules));
        _everyone.Exec("UPDATE classifications SET inputs_md5 = NULL");
        var everyone = _everyone.Warehouse.Write(c => ClassificationRefresh.Run(c, classifier.Standard.Edition, at, classifier.Classify, onlyChanged: true, rules));

        skipping.Should().BeEquivalentTo(everyone);
        _skipping.Query(Rows).Should().BeEquivalentTo(_everyone.Query(Rows), o => o.WithStrictOrdering());
        var stored = _skipping.Query(Current);
        var full = _skipping.Warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            ClassificationRefresh.Run(c, classifier.Standard.Edition, at.AddMinutes(1), classifier.Classify, onlyChanged: false, rules);
            var rows = SeededWarehouse.Query(c, Current);
            tx.Rollback();
            return rows;
        });
        full.Should().BeEquivalentTo(stored, o => o.WithStrictOrdering(), "a full run gives the stored results and fingerprints");
        return classified;
    }

    private void Both(Action<SeededWarehouse> change)
    {
        change(_skipping);
        change(_everyone);
    }

    private void Override(SeededWarehouse w, string uscc, string category, string reason)
        => new ClassificationStore(w.Warehouse).AddOverrides([OverrideCheck.Validate(
            new ClassificationOverride(uscc, category, reason, "stat.li", _time.GetUtcNow()), Embedded.Standard, "override")]);

    private static string? Without(string rel, string line)
    {
        var text = ReferenceLoader.ReadEmbedded(rel);
        return rel.EndsWith("keywords-2025.csv", StringComparison.Ordinal) ? text!.Replace(line + "\n", "", StringComparison.Ordinal) : text;
    }
}
