using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The person-readable validation report: the uploaded rows (personal contact columns left out) with a status and a
/// problems column, problem cells highlighted (red: rejected, yellow: warning), so the sheet can be fixed and uploaded
/// again; then the list of issues and a summary. Above <see cref="IngestOptions.XlsxReportAllRowsLimit"/> data rows,
/// only the rows with problems are listed.
/// </summary>
internal static class XlsxReportWriter
{
    private const int MaxSheetRows = 1_000_000;

    public static void Write(string path, UploadFile file, ValidationLog log, int dataRows, int allRowsLimit, IngestResult result, RowOffsets? offsets = null)
    {
        var header = file.Header;
        var personal = header.Personal.ToHashSet();
        var keep = Enumerable.Range(0, header.Headers.Count).Where(f => !personal.Contains(f)).ToArray();
        var outCol = new int[header.Headers.Count];
        Array.Fill(outCol, -1);
        for (var i = 0; i < keep.Length; i++)
        {
            outCol[keep[i]] = i;
        }

        var all = dataRows <= allRowsLimit;
        using var x = new XlsxStreamWriter(path);
        x.BeginSheet("数据 Data", [.. keep.Select(_ => 16.0), 18.0, 80.0, 10.0]);
        var head = keep.Select(f => (string?)header.Headers[f]).ToList();
        head.AddRange(["状态 status", "问题 problems", "原行号 source row"]);
        x.Row(head, Enumerable.Repeat(XlsxStreamWriter.Header, head.Count).ToArray());
        if (all || log.Rows.Count > 0)
        {
            var values = new string?[keep.Length + 3];
            var styles = new int[keep.Length + 3];
            var written = 0;
            // Only rows with problems: read where the first read found them (a streamed CSV), else the file is read
            // again no further than the last of them. The issues come back in row order beside the rows.
            var last = all ? int.MaxValue : log.Rows.Last;
            using var issues = log.InRowOrder(listedOnly: false).GetEnumerator();
            var more = issues.MoveNext();
            var problems = new List<string>();
            using var src = (all || offsets is null ? null : file.OpenRowsAt(offsets, log.Rows.Rows())) ?? file.OpenData();
            while (src.Read() && written < MaxSheetRows)
            {
                var row = src.RowNumber;
                if (row > last)
                {
                    break;
                }

                var flags = log.Rows.Of(row);
                if (!all && flags == 0)
                {
                    continue;
                }

                Array.Clear(styles);
                problems.Clear();
                for (; more && issues.Current.Row <= row; more = issues.MoveNext())
                {
                    var i = issues.Current;
                    if (i.Row < row || i.Row <= 0 || i.Severity == RuleSeverity.Info && i.Field < 0)
                    {
                        continue;
                    }

                    if (i.Issue is { } listed)
                    {
                        problems.Add(listed.MessageZh + " / " + listed.MessageEn);
                    }

                    var o = i.Field >= 0 && i.Field < outCol.Length ? outCol[i.Field] : -1;
                    if (o >= 0 && styles[o] != XlsxStreamWriter.Red)
                    {
                        styles[o] = i.Severity == RuleSeverity.Hard ? XlsxStreamWriter.Red : XlsxStreamWriter.Yellow;
                    }
                }

                for (var i = 0; i < keep.Length; i++)
                {
                    values[i] = src.Field(keep[i]).ToString();
                }

                values[keep.Length] = Status(flags);
                values[keep.Length + 1] = flags == 0 ? null : string.Join("\n", problems);
                values[keep.Length + 2] = row.ToString(CultureInfo.InvariantCulture);
                if (flags != 0)
                {
                    styles[keep.Length] = RowMarks.Status(flags) != RowStatus.Accepted ? XlsxStreamWriter.Red : XlsxStreamWriter.Yellow;
                }

                x.Row(values, styles);
                written++;
            }
        }

        x.EndSheet();
        x.BeginSheet("问题 Issues", [8, 20, 24, 12, 10, 90, 90]);
        x.Row(["行 row", "列 column", "值 value", "规则 rule", "级别 severity", "说明", "message"], Enumerable.Repeat(XlsxStreamWriter.Header, 7).ToArray());
        foreach (var i in log.InRowOrder().Select(e => e.Issue!).Take(MaxSheetRows))
        {
            x.Row([i.Row.ToString(CultureInfo.InvariantCulture), i.Header, i.Value, i.RuleId, i.Severity.ToString().ToLowerInvariant(), i.MessageZh, i.MessageEn]);
        }

        x.EndSheet();
        x.BeginSheet("汇总 Summary", [28, 60]);
        x.Row(["项目 item", "值 value"], [XlsxStreamWriter.Header, XlsxStreamWriter.Header]);
        x.Row(["上传编号 upload id", result.UploadId]);
        x.Row(["类型 kind", result.Kind]);
        x.Row(["文件 file", result.FileName]);
        x.Row(["读取方式 read as", file.Describe()]);
        x.Row(["表头行 header row", header.HeaderRow.ToString(CultureInfo.InvariantCulture)]);
        x.Row(["数据行 data rows", N(result.DataRows)]);
        x.Row(["接受 accepted", N(result.Accepted)]);
        x.Row(["拒绝 rejected", N(result.Rejected)]);
        x.Row(["重复 duplicates", N(result.Duplicates)]);
        x.Row(["警告 warnings", N(result.Warnings)]);
        x.Row(["未知列(已忽略) unknown columns", string.Join(", ", header.Unknown.Select(f => header.Headers[f]))]);
        x.Row(["个人信息列(已删除) personal columns dropped", string.Join(", ", header.Personal.Select(f => header.Headers[f]))]);
        if (!all)
        {
            x.Row(["说明 note", $"超过{allRowsLimit}行，数据表只列出有问题的行 / more than {allRowsLimit} rows: only rows with problems are listed"]);
        }

        x.EndSheet();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Status(byte flags) => flags == 0 ? "接受 accepted" : RowMarks.Status(flags) switch
    {
        RowStatus.Rejected => "拒绝 rejected",
        RowStatus.Duplicate => "重复 duplicate",
        _ => (flags & RowMarks.Listed) != 0 ? "接受(有警告) accepted with warnings" : "接受 accepted",
    };
}
