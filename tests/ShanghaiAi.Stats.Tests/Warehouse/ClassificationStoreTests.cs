using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;
using static ShanghaiAi.Stats.Tests.Support.TestFiles;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class ClassificationStoreTests : IDisposable
{
    private static readonly ClassificationStandard Standard = ClassificationStandard.LoadEmbedded();
    private static readonly Classifier Classifier = new(Standard);
    private readonly SeededWarehouse _w = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly ClassificationStore _store;

    public ClassificationStoreTests() => _store = new ClassificationStore(_w.Warehouse);

    public void Dispose() => _w.Dispose();


    [Fact]
    public void Reclassify_CurrentRegister_ClassifiesWithTheLatestCurrentReportsShare()
    {
        _w.Register(Uscc(1), "上海甲机器人有限公司", "3491", "工业机器人制造");
        _w.Register(Uscc(2), "上海乙软件有限公司", "6513", "软件开发；计算机系统服务");
        _w.Register(Uscc(2), "上海乙软件（旧名）有限公司", "6513", "软件开发", validTo: new DateTime(2026, 3, 1));
        _w.Register(Uscc(3), "上海丙服装有限公司", "5273", "服装零售");
        // enterprise 1: latest current report 2026-09 has 40%; the superseded revision of 2026-09 had 10%
        _w.Report(Uscc(1), new DateTime(2026, 8, 1), 1000m, 100m);
        _w.Report(Uscc(1), new DateTime(2026, 9, 1), 1000m, 100m, 1, new DateTime(2026, 10, 5));
        _w.Report(Uscc(1), new DateTime(2026, 9, 1), 1000m, 400m, 2);
        // enterprise 2: 35% in its latest report puts it in scope by revenue share
        _w.Report(Uscc(2), new DateTime(2026, 9, 1), 2000m, 700m);
        // enterprise 3: revenue 0 in its latest report: no share
        _w.Report(Uscc(3), new DateTime(2026, 9, 1), 0m, 0m);

        var s = Reclassify();

        (s.Classified, s.InScope, s.AiEnterprises, s.Review, s.Overridden, s.Superseded).Should().Be((3, 2, 2, 1, 0, 0));
        s.ByCategory.Should().Equal(new Dictionary<string, int> { ["00"] = 1, ["0401"] = 1, ["0509"] = 1 });
        var rows = _w.Query("SELECT uscc, edition, category, category_l1, scope_basis, ai_enterprise, review, classified_at, valid_to FROM classifications ORDER BY uscc");
        rows.Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "2025", "0401", "04", "class", true, false, new DateTime(2026, 10, 20, 8, 0, 0), null },
            new object?[] { Uscc(2), "2025", "0509", "05", "revenue-share", true, true, new DateTime(2026, 10, 20, 8, 0, 0), null },
            new object?[] { Uscc(3), "2025", "00", "00", "none", false, false, new DateTime(2026, 10, 20, 8, 0, 0), null },
        }, o => o.WithStrictOrdering());
        _w.Query("SELECT evidence FROM classifications WHERE uscc = '" + Uscc(1) + "'")[0][0].Should()
            .Be("经营范围 matched 工业机器人 (0401); industry 3491 is wholly in scope (0401); AI revenue share 40.0% >= 30%; rule 3: whole class decides 0401");
    }

    [Fact]
    public void Reclassify_SecondRun_ClosesThePreviousRowsInsteadOfDeletingThem()
    {
        _w.Register(Uscc(1), "上海甲科技有限公司", "6513", "人脸识别算法开发");
        Reclassify();
        _time.Advance(TimeSpan.FromDays(1));
        var s = Reclassify();

        s.Superseded.Should().Be(1);
        _w.Query("SELECT classified_at, valid_to FROM classifications ORDER BY classified_at").Should().BeEquivalentTo(new[]
        {
            new object?[] { new DateTime(2026, 10, 20, 8, 0, 0), new DateTime(2026, 10, 21, 8, 0, 0) },
            new object?[] { new DateTime(2026, 10, 21, 8, 0, 0), null },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void ReviewQueue_ReturnsCurrentFlaggedEnterprisesWithNameAndReason()
    {
        _w.Register(Uscc(1), "上海未来智能科技有限公司", "6513", "人工智能应用软件开发；软件开发");
        _w.Register(Uscc(2), "上海甲机器人有限公司", "3491", "工业机器人制造");
        _w.Register(Uscc(3), "上海灵犀人工智能科技有限公司", "6513", "软件开发；会议及展览服务");
        Reclassify();

        var queue = _store.ReviewQueue();

        queue.Select(q => (q.Uscc, q.Name, q.Category, q.Reason)).Should().Equal(
            (Uscc(3), "上海灵犀人工智能科技有限公司", "00", "the name carries an AI term but the business scope and main products do not"),
            (Uscc(1), "上海未来智能科技有限公司", "0509", "only a generic AI term"));
        queue[1].Evidence.Should().StartWith("经营范围 matched 人工智能应用软件开发 (AI signal)");
    }



    [Fact]
    public void AddOverrides_TwoDecisions_KeepsHistoryAndTheLatestIsCurrent()
    {
        var first = new ClassificationOverride(Uscc(1), "0505", "主营AI导诊", "stat.wang", new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var second = first with { Category = "0404", Reason = "取得二类医疗器械证", DecidedBy = "stat.li", DecidedAt = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero) };
        Add(first);
        Add(second);

        _store.CurrentOverrides().Values.Should().Equal(second);
        _store.OverrideHistory(Uscc(1)).Should().Equal((first, second.DecidedAt), (second, (DateTimeOffset?)null));
    }

    [Fact]
    public void AddOverrides_UnknownCategory_RejectedWithClearMessage()
    {
        var bad = new ClassificationOverride(Uscc(1), "0999", "test", "stat.li", _time.GetUtcNow());
        FluentActions.Invoking(() => Add(bad)).Should().Throw<StatsException>()
            .WithMessage("override, column category: expected a 4-digit category of edition 2025 or 00, found '0999'");
    }

    [Fact]
    public void Reclassify_Overrides_SurviveReclassification()
    {
        _w.Register(Uscc(1), "上海未来智能科技有限公司", "6513", "人工智能应用软件开发");
        _w.Register(Uscc(2), "上海弘楼智能化工程有限公司", "4999", "建筑智能化工程施工");
        Reclassify();
        Add(new ClassificationOverride(Uscc(1), "0505", "年报显示主营AI辅助问诊", "stat.li", _time.GetUtcNow()));
        Add(new ClassificationOverride(Uscc(2), "0509", "实地核查：提供AI视觉系统集成", "stat.li", _time.GetUtcNow()));

        for (var run = 0; run < 2; run++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            var s = Reclassify();
            s.Overridden.Should().Be(2);
        }

        _w.Query("SELECT uscc, category, scope_basis, review, confidence FROM classifications WHERE valid_to IS NULL ORDER BY uscc").Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "0505", "override", false, 1.0 },
            new object?[] { Uscc(2), "0509", "override", false, 1.0 },
        }, o => o.WithStrictOrdering());
        _w.Query("SELECT count(*) FROM classifications")[0][0].Should().Be(6L);
        ((string)_w.Query("SELECT evidence FROM classifications WHERE valid_to IS NULL AND uscc = '" + Uscc(1) + "'")[0][0]!)
            .Should().StartWith("override by stat.li on 2026-10-20: 年报显示主营AI辅助问诊; rules gave 0509 (text): ");
    }

    [Fact]
    public void Reclassify_OnlyChanged_KeepsUnchangedRowsAndReplacesChangedOnes()
    {
        _w.Register(Uscc(1), "上海甲科技有限公司", "6513", "人脸识别算法开发");
        _w.Register(Uscc(2), "上海乙服装有限公司", "5273", "服装零售");
        _w.Register(Uscc(3), "上海丙有限公司", "5273", "服装零售");
        Reclassify(onlyChanged: true).Superseded.Should().Be(0);
        _time.Advance(TimeSpan.FromDays(1));
        _w.Exec("UPDATE register SET valid_to = TIMESTAMP '2026-10-21' WHERE uscc IN (?, ?)", Uscc(2), Uscc(3));
        _w.Register(Uscc(2), "上海乙智能科技有限公司", "6513", "工业机器人制造");

        var s = Reclassify(onlyChanged: true);

        (s.Classified, s.Superseded).Should().Be((2, 2)); // 2 re-classified, 3 left the register
        _w.Query("SELECT uscc, category, classified_at, valid_to FROM classifications ORDER BY uscc, classified_at").Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "0306", new DateTime(2026, 10, 20, 8, 0, 0), null },
            new object?[] { Uscc(2), "00", new DateTime(2026, 10, 20, 8, 0, 0), new DateTime(2026, 10, 21, 8, 0, 0) },
            new object?[] { Uscc(2), "0401", new DateTime(2026, 10, 21, 8, 0, 0), null },
            new object?[] { Uscc(3), "00", new DateTime(2026, 10, 20, 8, 0, 0), new DateTime(2026, 10, 21, 8, 0, 0) },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Reclassify_OnlyChangedWithRules_EnterpriseClassifiedTwiceHasEveryCurrentRowClosedOrBroughtUpToDate()
    {
        // stored twice as current (as an interrupted old build could leave them): enterprise 1 with a stale result,
        // enterprise 2 with its right one; enterprise 3 once, stale. Each range's updates go by row id, except for an
        // enterprise current twice, whose every current row is closed (or keeps its result and takes the fingerprint)
        _w.Register(Uscc(1), "上海甲科技有限公司", "6513", "人脸识别算法开发");
        _w.Register(Uscc(2), "上海乙服装有限公司", "5273", "服装零售");
        _w.Register(Uscc(3), "上海丙科技有限公司", "6513", "人脸识别算法开发");
        foreach (var (uscc, category, l1, basis, ai, evidence) in new[]
        {
            (Uscc(1), "0101", "01", "text", true, "stale"), (Uscc(1), "0101", "01", "text", true, "stale"),
            (Uscc(2), "00", "00", "none", false, "rule 1: no AI signal"), (Uscc(2), "00", "00", "none", false, "rule 1: no AI signal"),
            (Uscc(3), "0101", "01", "text", true, "stale"),
        })
        {
            _w.Exec("INSERT INTO classifications (uscc, edition, category, category_l1, scope_basis, ai_enterprise, confidence, review, evidence, classified_at) "
                + "VALUES ($1, '2025', $2, $3, $4, $5, $6, FALSE, $7, TIMESTAMP '2026-01-01')", uscc, category, l1, basis, ai, ai ? 0.9 : 0.8, evidence);
        }

        var same = Classifier.Classify(new ClassificationInput(new RegisterEntry(Uscc(2), "上海乙服装有限公司", null, null, "5273", "服装零售", null, null, null), null), null);
        same.Category.Should().Be("00");
        _w.Exec("UPDATE classifications SET confidence = $1, evidence = $2, review = $3, scope_basis = $4 WHERE uscc = $5", same.Confidence, same.Evidence, same.Review, same.ScopeBasis, Uscc(2));

        var s = _store.Reclassify(Classifier, _time.GetUtcNow(), onlyChanged: true);

        (s.Classified, s.Superseded).Should().Be((3, 3));
        _w.Query("SELECT uscc, category, valid_to IS NULL, inputs_md5 IS NOT NULL FROM classifications ORDER BY uscc, valid_to IS NULL, category").Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "0101", false, false },
            new object?[] { Uscc(1), "0101", false, false },
            new object?[] { Uscc(1), "0306", true, true },
            new object?[] { Uscc(2), "00", true, true },
            new object?[] { Uscc(2), "00", true, true },
            new object?[] { Uscc(3), "0101", false, false },
            new object?[] { Uscc(3), "0306", true, true },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Reclassify_OnlyChangedUnderAnotherEdition_ReplacesEveryRow()
    {
        _w.Register(Uscc(1), "上海甲科技有限公司", "6513", "人脸识别算法开发");
        Reclassify(onlyChanged: true);
        _time.Advance(TimeSpan.FromDays(1));

        var s = _store.Reclassify("2026", _time.GetUtcNow(), Classifier.Classify, onlyChanged: true);

        s.Superseded.Should().Be(1);
        _w.Query("SELECT edition FROM classifications WHERE valid_to IS NULL").Should().BeEquivalentTo(new[] { new object?[] { "2026" } });
    }

    [Fact]
    public void Reclassify_InRangesOfTwo_SameRowsAndCountsAsOneRange()
    {
        using var other = new SeededWarehouse();
        foreach (var w in new[] { _w, other })
        {
            w.Register(Uscc(1), "上海甲机器人有限公司", "3491", "工业机器人制造");
            w.Register(Uscc(2), "上海乙软件有限公司", "6513", "软件开发；计算机系统服务");
            w.Register(Uscc(3), "上海丙服装有限公司", "5273", "服装零售");
            w.Register(Uscc(4), "上海丁科技有限公司", "6513", "人脸识别算法开发");
            w.Register(Uscc(5), "上海戊智能科技有限公司", "6513", "语音识别软件开发；智能客服系统");
            w.Report(Uscc(2), new DateTime(2026, 9, 1), 2000m, 700m);
            // a classification of an enterprise that has left the register: the open-ended last range closes it
            w.Exec("INSERT INTO classifications (uscc, edition, category, category_l1, scope_basis, ai_enterprise, confidence, review, evidence, classified_at) "
                + "VALUES ($1, '2025', '0302', '03', 'class', TRUE, 0.9, FALSE, 'e', TIMESTAMP '2026-01-01')", Uscc(9));
        }

        var stamp = _time.GetUtcNow();
        var one = _w.Warehouse.Write(c => ClassificationRefresh.Run(c, Standard.Edition, stamp, Classifier.Classify, onlyChanged: true));
        var ranged = other.Warehouse.Write(c => ClassificationRefresh.Run(c, Standard.Edition, stamp, Classifier.Classify, onlyChanged: true, rangeSize: 2));

        ranged.Should().BeEquivalentTo(one);
        (one.Classified, one.Superseded).Should().Be((5, 1));
        const string rows = "SELECT uscc, category, confidence, review, evidence, classified_at, valid_to FROM classifications ORDER BY uscc, classified_at";
        other.Query(rows).Should().BeEquivalentTo(_w.Query(rows), o => o.WithStrictOrdering());
    }

    private ClassificationRunSummary Reclassify(bool onlyChanged = false) => _store.Reclassify(Standard.Edition, _time.GetUtcNow(), Classifier.Classify, onlyChanged);

    private void Add(ClassificationOverride decision) => _store.AddOverrides([OverrideCheck.Validate(decision, Standard, "override")]);
}
