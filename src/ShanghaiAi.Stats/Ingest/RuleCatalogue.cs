using System.Collections.Frozen;
using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Every validation rule of data-contracts.md and statistics.md, with a stable id: FILE- (the file and its cells),
/// REG- (register and member roster), AI1- (monthly report, form AI-1), PARK- (park report), AUTH- (the sender's
/// authority, decided by <see cref="Access.Authority"/>). Ids never change meaning; new rules get new numbers, and a
/// retired id stays listed so that it is never reused.
/// </summary>
public static class RuleCatalogue
{
    private static readonly Rule[] Rules =
    [
        // The file as a whole: the upload cannot be used.
        new("FILE-F01", RuleSeverity.File, "empty file", "文件为空", "a file with a header row and data rows", "含表头行和数据行的文件"),
        new("FILE-F02", RuleSeverity.File, "file too large", "文件过大", "at most {0} bytes", "不超过{0}字节"),
        new("FILE-F03", RuleSeverity.File, "file cannot be read", "文件无法读取", "a CSV (UTF-8 or GB18030), XLSX, XLS or JSON array file", "CSV（UTF-8或GB18030）、XLSX、XLS或JSON数组文件"),
        new("FILE-F04", RuleSeverity.File, "XLSX uncompressed size over the limit (zip bomb?)", "XLSX解压后过大（疑似压缩炸弹）", "at most {0} bytes uncompressed", "解压后不超过{0}字节"),
        new("FILE-F05", RuleSeverity.File, "too many rows", "行数过多", "at most {0} data rows", "不超过{0}行数据"),
        new("FILE-F06", RuleSeverity.File, "required columns missing", "缺少必填列", "columns {0}", "列{0}"),
        new("FILE-F07", RuleSeverity.File, "wrong kind of file", "文件类型不符", "a {0} file", "{0}类文件"),
        new("FILE-F08", RuleSeverity.File, "no data rows", "无数据行", "at least one data row below the header", "表头下至少一行数据"),
        new("FILE-F09", RuleSeverity.File, "sheet not found", "找不到工作表", "a sheet named {0}", "名为{0}的工作表"),
        new("FILE-F10", RuleSeverity.File, "unknown kind", "未知上传类型", "one of register, member-roster, monthly-report, park-report", "register、member-roster、monthly-report、park-report之一"),
        new("FILE-F11", RuleSeverity.File, "two columns map to the same field", "多列对应同一字段", "each field once", "每个字段只出现一次"),
        new("FILE-F12", RuleSeverity.File, "caller not allowed for this kind (retired: now AUTH-F01)", "上传者无权上传此类文件（已停用，见AUTH-F01）", "{0}", "{0}"),
        // Cells of any kind.
        new("FILE-H01", RuleSeverity.Hard, "cell too long", "单元格内容过长", "at most {0} characters", "不超过{0}个字符"),
        new("FILE-H02", RuleSeverity.Hard, "more cells than header columns", "数据列数多于表头", "at most {0} cells", "不超过{0}个单元格"),
        new("FILE-H03", RuleSeverity.Hard, "cell holds a NUL or control character (not text)", "单元格含空字符或控制字符（不是文本）", "text without control characters", "不含控制字符的文本"),
        new("FILE-H04", RuleSeverity.Hard, "row holds bytes that are not text in the file's encoding", "该行含有不属于文件编码的字节", "text in {0}; the row looks UTF-8: save the whole file in one encoding", "{0}编码的文本；该行疑为UTF-8，请以同一编码保存整个文件"),
        new("FILE-S01", RuleSeverity.Soft, "text begins like a formula; stored as text", "文本以公式符号开头，按文本保存", "text not beginning with = + - @", "不以= + - @开头的文本"),
        new("FILE-I01", RuleSeverity.Info, "unknown column ignored", "未知列，已忽略", "a column of this kind", "本类文件的列"),
        new("FILE-I02", RuleSeverity.Info, "personal contact column dropped (not stored)", "个人联系信息列已删除（不保存）", "no personal contact data", "不含个人联系信息"),
        new("FILE-I03", RuleSeverity.Info, "footnote row skipped (not data)", "注释行已跳过（不是数据）", "data rows only below the header", "表头下只有数据行"),
        // Register and member roster.
        new("REG-H01", RuleSeverity.Hard, "unified social credit code missing", "统一社会信用代码为空", "an 18-character code", "18位代码"),
        new("REG-H02", RuleSeverity.Hard, "unified social credit code invalid (GB 32100-2015)", "统一社会信用代码无效（GB 32100-2015）", "{0}", "{0}"),
        new("REG-H03", RuleSeverity.Hard, "name missing", "单位名称为空", "the enterprise's name", "单位详细名称"),
        new("REG-H04", RuleSeverity.Hard, "name too long", "单位名称过长", "at most 200 characters", "不超过200个字符"),
        new("REG-H05", RuleSeverity.Hard, "not a Shanghai district code", "不是上海市区划代码", "one of the 16 district codes (e.g. 310115)", "16个区的区划代码之一（如310115）"),
        new("REG-H06", RuleSeverity.Hard, "park not in the parks register", "园区不在园区名录中", "a park id of the parks register (e.g. SHAIP01)", "园区名录中的园区代码（如SHAIP01）"),
        new("REG-H07", RuleSeverity.Hard, "industry code not a GB/T 4754-2017 class", "行业代码不符合GB/T 4754-2017小类格式", "4 digits (e.g. 6513)", "4位数字（如6513）"),
        new("REG-H08", RuleSeverity.Hard, "date invalid", "日期无效", "a date YYYY-MM-DD", "日期YYYY-MM-DD"),
        new("REG-H09", RuleSeverity.Hard, "date in the future", "日期晚于今天", "a date not after {0}", "不晚于{0}的日期"),
        new("REG-H10", RuleSeverity.Hard, "enterprise appears more than once in the upload", "同一企业在文件中重复出现", "one row per enterprise; rows {0}", "每个企业一行；重复行{0}"),
        new("REG-S01", RuleSeverity.Soft, "retired district code mapped to its successor", "已撤销的区划代码已转换为承继区", "the current code {0}", "现行代码{0}"),
        new("REG-S02", RuleSeverity.Soft, "district differs from the code's positions 3-8", "所在区与信用代码第3-8位不一致", "{0}", "{0}"),
        new("REG-S03", RuleSeverity.Soft, "park lies in another district", "园区位于其他区", "district {0}", "所在区{0}"),
        new("REG-S04", RuleSeverity.Soft, "business scope empty (classification will be weak)", "经营范围为空（分类依据不足）", "the business scope", "经营范围"),
        new("REG-S05", RuleSeverity.Soft, "size class not recognised; left empty", "规模无法识别，按空值处理", "规上 or 规下", "规上或规下"),
        new("REG-S06", RuleSeverity.Soft, "differs from the register; kept for review, not overwritten", "与名录现有信息不一致，已留待审核，未覆盖", "the register's value {0}", "名录现值{0}"),
        new("REG-I01", RuleSeverity.Info, "register updated with history", "名录已更新（保留历史）", "{0}", "{0}"),
        // Monthly report, form AI-1.
        new("AI1-H01", RuleSeverity.Hard, "unified social credit code missing or invalid (GB 32100-2015)", "统一社会信用代码为空或无效（GB 32100-2015）", "{0}", "{0}"),
        new("AI1-H02", RuleSeverity.Hard, "enterprise not in the register", "企业不在基本单位名录中", "a code of the register", "名录中的信用代码"),
        new("AI1-H03", RuleSeverity.Hard, "report period invalid", "报告期无效", "a month YYYY-MM", "月份YYYY-MM"),
        new("AI1-H04", RuleSeverity.Hard, "report period in the future", "报告期晚于当前月份", "a month not after {0}", "不晚于{0}的月份"),
        new("AI1-H05", RuleSeverity.Hard, "report period before 2020-01", "报告期早于2020-01", "a month from 2020-01", "2020-01及以后的月份"),
        new("AI1-H06", RuleSeverity.Hard, "required value missing", "必填项为空", "a value", "填报数值"),
        new("AI1-H07", RuleSeverity.Hard, "not a number", "不是数值", "a number", "数值"),
        new("AI1-H08", RuleSeverity.Hard, "negative value", "数值为负", "a number >= 0", "大于等于0的数值"),
        new("AI1-H09", RuleSeverity.Hard, "AI revenue above revenue (YTD)", "人工智能业务收入大于营业收入（本年累计）", "<= revenue_ytd {0}", "不大于营业收入本年累计{0}"),
        new("AI1-H10", RuleSeverity.Hard, "AI revenue above revenue (same period last year)", "人工智能业务收入大于营业收入（上年同期）", "<= revenue_ytd_prev {0}", "不大于营业收入上年同期{0}"),
        new("AI1-H11", RuleSeverity.Hard, "software + services + products do not add up to AI revenue", "软件、服务、产品收入之和不等于人工智能业务收入", "AI revenue equal to software + services + products = {0} (within 1 千元)", "人工智能业务收入等于软件、服务、产品收入之和{0}（误差不超过1千元）"),
        new("AI1-H12", RuleSeverity.Hard, "not a whole number", "不是整数", "a whole number >= 0", "大于等于0的整数"),
        new("AI1-H13", RuleSeverity.Hard, "R&D staff above persons employed", "研发人员多于从业人员", "<= employees_end {0}", "不大于从业人员期末人数{0}"),
        new("AI1-H14", RuleSeverity.Hard, "enterprise and period appear more than once in the upload", "同一企业同一报告期在文件中重复出现", "one row per enterprise and period; rows {0}", "每个企业每期一行；重复行{0}"),
        new("AI1-H15", RuleSeverity.Hard, "value too large", "数值过大", "{0}", "{0}"),
        new("AI1-H16", RuleSeverity.Hard, "enterprise is not a member of the uploading association (retired: now AUTH-H01)", "企业不是上传协会的会员（已停用，见AUTH-H01）", "a member of association {0}", "协会{0}的会员"),
        new("AI1-H17", RuleSeverity.Hard, "report period not yet ended (the current month)", "报告期尚未结束（当前月份）", "a month before {0}; report {0} after it ends", "早于{0}的月份；{0}结束后再报"),
        new("AI1-H18", RuleSeverity.Hard, "value beyond what any enterprise could report", "数值超出任何企业可能的规模", "at most {0} 千元 in absolute value", "绝对值不超过{0}千元"),
        new("AI1-S01", RuleSeverity.Soft, "YTD revenue fell vs. the previous month", "营业收入本年累计低于上月累计", "at least last month's YTD {0}", "不低于上月累计{0}"),
        new("AI1-S02", RuleSeverity.Soft, "year-on-year change beyond +300% / -80%", "同比增速超出+300%/-80%", "a growth within -80%..+300% (found {0}%)", "同比增速在-80%至+300%之间（实为{0}%）"),
        new("AI1-S03", RuleSeverity.Soft, "AI revenue share moved more than 50 points vs. last month", "人工智能业务收入占比较上月变动超过50个百分点", "a share near last month's {0}%", "接近上月占比{0}%"),
        new("AI1-S04", RuleSeverity.Soft, "R&D expense above revenue", "研发费用大于营业收入", "<= revenue {0}", "不大于营业收入{0}"),
        new("AI1-S05", RuleSeverity.Soft, "same period last year empty for an enterprise registered before it; counts as 0", "上年同期为空（企业当时已成立），按0计", "the value reported for {0}", "{0}的填报数"),
        new("AI1-S06", RuleSeverity.Soft, "same period last year differs from what was reported a year ago", "上年同期与上年填报数不一致", "the YTD reported for {0}", "{0}填报的本年累计"),
        new("AI1-S07", RuleSeverity.Soft, "magnitude implausible for this enterprise's own revenue and history", "数值量级与该企业自身收入和历史不符", "{0}", "{0}"),
        new("AI1-I01", RuleSeverity.Info, "revision of an earlier report; the earlier one stays in history", "更正以前的报表，原报表保留在历史中", "revision {0}", "第{0}次修订"),
        new("AI1-I02", RuleSeverity.Info, "value rounded to 2 decimals (千元)", "数值已四舍五入到两位小数（千元）", "stored as {0}", "保存为{0}"),
        // Park report.
        new("PARK-H01", RuleSeverity.Hard, "park not in the parks register", "园区不在园区名录中", "a park id of the parks register (e.g. SHAIP01)", "园区名录中的园区代码（如SHAIP01）"),
        new("PARK-H02", RuleSeverity.Hard, "report period invalid", "报告期无效", "a month YYYY-MM", "月份YYYY-MM"),
        new("PARK-H03", RuleSeverity.Hard, "report period in the future", "报告期晚于当前月份", "a month not after {0}", "不晚于{0}的月份"),
        new("PARK-H04", RuleSeverity.Hard, "report period before 2020-01", "报告期早于2020-01", "a month from 2020-01", "2020-01及以后的月份"),
        new("PARK-H05", RuleSeverity.Hard, "not a number", "不是数值", "a number", "数值"),
        new("PARK-H06", RuleSeverity.Hard, "negative value", "数值为负", "a number >= 0", "大于等于0的数值"),
        new("PARK-H07", RuleSeverity.Hard, "not a whole number", "不是整数", "a whole number >= 0", "大于等于0的整数"),
        new("PARK-H08", RuleSeverity.Hard, "percentage outside 0-100", "百分比超出0-100", "a percentage 0-100", "0至100的百分比"),
        new("PARK-H09", RuleSeverity.Hard, "PUE below 1.0", "PUE小于1.0", "a ratio >= 1.0", "大于等于1.0的比值"),
        new("PARK-H10", RuleSeverity.Hard, "not yes/no", "不是是/否", "是/否 or yes/no", "是/否或yes/no"),
        new("PARK-H11", RuleSeverity.Hard, "park and period appear more than once in the upload", "同一园区同一报告期在文件中重复出现", "one row per park and period; rows {0}", "每个园区每期一行；重复行{0}"),
        new("PARK-H12", RuleSeverity.Hard, "park outside the uploader's scope (retired: now AUTH-H03)", "园区不属于上传者（已停用，见AUTH-H03）", "park {0}", "园区{0}"),
        new("PARK-H13", RuleSeverity.Hard, "required value missing", "必填项为空", "a value", "填报数值"),
        new("PARK-S01", RuleSeverity.Soft, "period is not a quarter-end month", "报告期不是季末月份", "03, 06, 09 or 12", "3、6、9或12月"),
        new("PARK-I01", RuleSeverity.Info, "revision of an earlier report; the earlier one stays in history", "更正以前的报表，原报表保留在历史中", "revision {0}", "第{0}次修订"),
        // The sender's authority (Access/Authority): the whole upload refused (F), or a row outside it rejected (H).
        new("AUTH-F01", RuleSeverity.File, "sender may not upload this kind", "上传者无权上传此类文件", "{0}", "{0}"),
        new("AUTH-F02", RuleSeverity.File, "sender's association, park or credit code is unknown", "上传者的协会、园区或信用代码未登记", "{0}", "{0}"),
        new("AUTH-H01", RuleSeverity.Hard, "enterprise is not a member of the sending association", "企业不是上传协会的会员", "a member of association {0}", "协会{0}的会员"),
        new("AUTH-H02", RuleSeverity.Hard, "another enterprise's report; an enterprise sends its own rows only", "非本企业的报表；企业只能上传本企业数据", "the sender's own credit code {0}", "上传企业本身的信用代码{0}"),
        new("AUTH-H03", RuleSeverity.Hard, "park outside the sender's scope; a park sends its own park's rows only", "园区不属于上传者；园区只能上传本园区数据", "park {0}", "园区{0}"),
    ];

    private static readonly FrozenDictionary<string, Rule> ById = Rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<Rule> All => Rules;

    public static Rule Get(string id)
        => ById.TryGetValue(id, out var r) ? r : throw new KeyNotFoundException($"rule '{id}' is not in the catalogue");

    /// <summary>The expected text of a rule with its placeholders filled (invariant culture).</summary>
    public static (string En, string Zh) Expected(Rule rule, params object?[] args)
        => args.Length == 0
            ? (rule.ExpectedEn, rule.ExpectedZh)
            : (string.Format(CultureInfo.InvariantCulture, rule.ExpectedEn, [.. args.Select(a => a is Words w ? w.En : a)]),
                string.Format(CultureInfo.InvariantCulture, rule.ExpectedZh, [.. args.Select(a => a is Words w ? w.Zh : a)]));
}
