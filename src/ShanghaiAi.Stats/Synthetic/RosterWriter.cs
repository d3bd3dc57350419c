using System.Globalization;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// Member rosters as associations send them: title rows with merged cells above the header, Chinese headers,
/// codes stored as text, a membership date, and personal contact columns (联系人 / 联系电话 / 电子邮箱).
/// </summary>
internal sealed class RosterWriter
{
    /// <summary>The one timestamp of every entry of a generated workbook (the same file for the same seed).</summary>
    private static readonly DateTime FixedTime = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] GivenChars = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞", "平", "刚", "婷", "晨", "宇", "浩", "欣", "琳", "昊"];

    private readonly List<(SyntheticEnterprise Enterprise, DateOnly Since, string Industry)>[] _members =
        [.. Association.All.Select(_ => new List<(SyntheticEnterprise, DateOnly, string)>())];

    private readonly GeneratorOptions _options;

    public RosterWriter(GeneratorOptions options) => _options = options;

    /// <summary>Decides the memberships of one enterprise (its own random stream).</summary>
    public void Consider(SyntheticEnterprise e)
    {
        var rng = Seeds.For(_options.Seed, e.Index, Seeds.Membership);
        for (var a = 0; a < Association.All.Count; a++)
        {
            if (!rng.Chance(Association.All[a].MembershipChance(e.Profile, e.Entry.IndustryCode!)))
            {
                continue;
            }

            var from = Math.Max(e.Entry.RegisteredOn!.Value.DayNumber, new DateOnly(2015, 1, 1).DayNumber);
            var to = _options.End.LastDay.DayNumber;
            var since = DateOnly.FromDayNumber(from >= to ? to : from + rng.Next(to - from));

            // A few members declare another industry code than the register: a conflict for review.
            var industry = rng.Chance(0.03) ? (e.Profile.Industry.FirstOrDefault(c => c != e.Entry.IndustryCode) ?? "6513") : e.Entry.IndustryCode!;
            _members[a].Add((e, since, industry));
        }
    }

    public List<string> WriteAll(string membersDir)
    {
        var paths = new List<string>();
        for (var a = 0; a < Association.All.Count; a++)
        {
            var path = Path.Combine(membersDir, Association.All[a].FileStem + ".xlsx");
            Write(Association.All[a], _members[a], path);
            paths.Add(path);
        }

        return paths;
    }

    private void Write(Association association, List<(SyntheticEnterprise Enterprise, DateOnly Since, string Industry)> members, string path)
    {
        using var wb = new XLWorkbook();
        var fixedTime = _options.End.LastDay.ToDateTime(TimeOnly.MinValue);
        wb.Properties.Created = fixedTime;
        wb.Properties.Modified = fixedTime;
        wb.Properties.Author = association.NameZh;
        var ws = wb.Worksheets.Add("会员名录");
        var columns = association.Headers.Length;
        var title = ws.Range(1, 1, 1, columns).Merge();
        title.FirstCell().SetValue(string.Create(CultureInfo.InvariantCulture, $"{association.NameZh}会员名录（{_options.End.Year}年）"));
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        if (association.TitleRows == 2)
        {
            var sub = ws.Range(2, 1, 2, columns).Merge();
            sub.FirstCell().SetValue(string.Create(CultureInfo.InvariantCulture, $"截至{_options.End.Year}年{_options.End.Month}月，共{members.Count}家会员单位（联系方式仅供协会内部使用）"));
            sub.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        }

        var headerRow = association.TitleRows + 1;
        for (var c = 0; c < columns; c++)
        {
            var cell = ws.Cell(headerRow, c + 1);
            cell.SetValue(association.Headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
            ws.Column(c + 1).Width = association.Headers[c] is "经营范围" ? 60 : association.Headers[c].Contains("名称", StringComparison.Ordinal) ? 36 : 16;
        }

        var rng = Seeds.For(_options.Seed, Array.IndexOf([.. Association.All], association), Seeds.Membership);
        var row = headerRow;
        foreach (var (e, since, industry) in members)
        {
            row++;
            for (var c = 0; c < columns; c++)
            {
                var cell = ws.Cell(row, c + 1);
                switch (association.Headers[c])
                {
                    case "序号": cell.SetValue(row - headerRow); break;
                    case "统一社会信用代码" or "信用代码": Text(cell, e.Uscc); break;
                    case "单位详细名称" or "企业名称" or "单位名称": Text(cell, e.Entry.Name); break;
                    case "行政区划代码" or "区划代码" or "所在区": Text(cell, e.Entry.DistrictCode); break;
                    case "所在园区" or "园区代码": Text(cell, e.Entry.ParkId); break;
                    case "国民经济行业代码" or "行业代码": Text(cell, industry); break;
                    case "经营范围": Text(cell, e.Entry.BusinessScope); break;
                    case "主要产品" or "主要业务活动": Text(cell, e.Entry.MainProducts); break;
                    case "成立日期": Date(cell, e.Entry.RegisteredOn!.Value, association.DatesAsText); break;
                    case "是否规上" or "规模": Text(cell, e.Entry.SizeClass); break;
                    case "入会日期" or "membership_since": Date(cell, since, association.DatesAsText); break;
                    case "联系人": Text(cell, rng.Pick(Surnames) + rng.Pick(GivenChars) + (rng.Chance(0.6) ? rng.Pick(GivenChars) : string.Empty)); break;
                    case "联系电话": Text(cell, string.Create(CultureInfo.InvariantCulture, $"1{rng.Pick(new[] { "35", "38", "39", "58", "86", "89" })}{rng.Next(10_000_000, 100_000_000)}")); break;
                    case "电子邮箱": Text(cell, string.Create(CultureInfo.InvariantCulture, $"contact{rng.Next(1000, 10000)}@member{e.Index}.example.cn")); break;
                    default: break;
                }
            }
        }

        ws.SheetView.FreezeRows(headerRow);
        wb.SaveAs(path);
        DeterministicZip.Normalise(path, FixedTime);
    }

    private static void Text(IXLCell cell, string? value)
    {
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(value ?? string.Empty);
        cell.DataType = XLDataType.Text;
    }

    private static void Date(IXLCell cell, DateOnly date, bool asText)
    {
        if (asText)
        {
            Text(cell, EnterpriseFactory.Date(date));
            return;
        }

        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        cell.Style.DateFormat.Format = "yyyy-mm-dd";
    }
}
