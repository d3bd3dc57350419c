namespace ShanghaiAi.Stats.Reference;

/// <summary>The legal marking and title of form AI-1 (表号, 制定机关, 批准文号, 有效期至), and what the return's 说明 sheet
/// states of the survey: its scope (统计范围) and the report deadline (报送时间).</summary>
public sealed record FormMetadata(
    string FormNo,
    string TitleZh,
    string TitleEn,
    string AuthorityZh,
    string AuthorityEn,
    string ApprovalNo,
    string ValidUntil,
    IReadOnlyList<string> FooterZh,
    string ScopeZh = "",
    string ReportDeadlineZh = "");
