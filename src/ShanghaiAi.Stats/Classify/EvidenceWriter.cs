using System.Globalization;
using System.Text;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// The evidence in words a statistician can check, e.g.
/// "经营范围 matched 工业机器人 (0401); industry 3491 is wholly in scope (0401); rule 3: whole class decides 0401".
/// </summary>
internal sealed class EvidenceWriter(CategoryIndex index)
{
    private static readonly string[] FieldLabels = ["经营范围", "主要产品", "单位名称"];

    private readonly KeywordRule[] _rules = index.Rules;

    public string Write(ClassifierScratch s, in Verdict v, decimal? share, string? review)
    {
        var sb = s.Text;
        sb.Clear();
        for (var field = TextField.BusinessScope; field <= TextField.Name; field++)
        {
            AppendField(s, field);
        }

        AppendExclusions(s);
        if (v.ClassCategory >= 0)
        {
            Part(sb).Append("industry ").Append(v.Industry).Append(" is wholly in scope (").Append(index.Code[v.ClassCategory]).Append(')');
        }
        else if (v.Partial is not null)
        {
            Part(sb).Append("industry ").Append(v.Industry).Append(" is partly AI (*)");
        }

        if (share is { } sh)
        {
            Part(sb).Append("AI revenue share ")
                .Append((sh * 100m).ToString("0.0", CultureInfo.InvariantCulture))
                .Append(sh >= Classifier.AiRevenueThreshold ? "% >= 30%" : "% < 30%");
        }

        Part(sb).Append(v.Rule);
        if (review is not null)
        {
            Part(sb).Append(ReviewText.Marker).Append(review);
        }

        return sb.ToString();
    }

    private void AppendField(ClassifierScratch s, TextField field)
    {
        var sb = s.Text;
        var any = false;
        var found = s.Found;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var rule = _rules[f.Rule];
            if (f.Field != field || rule.Kind == KeywordKind.Exclusion || Seen(found, i))
            {
                continue;
            }

            var nameSignal = field == TextField.Name && !s.HasTextSignal && rule.Kind is KeywordKind.Signal or KeywordKind.Strong;
            if (!f.Active && !nameSignal)
            {
                continue;
            }

            if (!any)
            {
                Part(sb).Append(FieldLabels[(int)field]).Append(" matched ");
                any = true;
            }
            else
            {
                sb.Append(", ");
            }

            sb.Append(rule.Term).Append(" (");
            if (nameSignal)
            {
                sb.Append("AI term in the name only");
            }
            else if (rule.Kind == KeywordKind.Signal)
            {
                sb.Append("AI signal");
            }
            else
            {
                sb.Append(rule.Category);
                if (rule.Kind == KeywordKind.Context)
                {
                    sb.Append(f.Active ? " context term" : ", no AI signal");
                }
            }

            sb.Append(')');
        }
    }

    private void AppendExclusions(ClassifierScratch s)
    {
        var sb = s.Text;
        var count = 0;
        var found = s.Found;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (_rules[f.Rule].Kind != KeywordKind.Exclusion || Seen(found, i))
            {
                continue;
            }

            (count++ == 0 ? Part(sb).Append("excluded ") : sb.Append(", ")).Append(_rules[f.Rule].Term);
        }

        if (count > 0)
        {
            sb.Append(count == 1 ? " (not an AI signal)" : " (not AI signals)");
        }
    }

    /// <summary>True when the same term was already found earlier in the same field.</summary>
    private static bool Seen(List<FoundTerm> found, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (found[j].Rule == found[i].Rule && found[j].Field == found[i].Field)
            {
                return true;
            }
        }

        return false;
    }

    private static StringBuilder Part(StringBuilder sb) => sb.Length == 0 ? sb : sb.Append("; ");
}
