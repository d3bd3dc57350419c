using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Access;

/// <summary>
/// The one set of rules of what each caller may do (Access/README.md draws them as tables). The CLI's <c>--as</c>, the
/// ingestion path and the functions app all ask here; nothing else decides who may upload, read or close.
/// </summary>
public static class Authority
{
    private const string Register = "register", MemberRoster = "member-roster", MonthlyReport = "monthly-report", ParkReport = "park-report";

    /// <summary>The kinds of upload these rules cover (the contract names of data-contracts.md).</summary>
    public static IReadOnlyList<string> UploadKinds { get; } = [Register, MemberRoster, MonthlyReport, ParkReport];

    /// <summary>
    /// May <paramref name="caller"/> upload a file of <paramref name="kind"/>, and which of its rows lie within its
    /// authority? Refused with AUTH-F01 when the role may not upload the kind at all, AUTH-F02 when its scope is not
    /// known to <paramref name="reference"/> (an association not in the associations register or retired, a park not
    /// in the parks register, a code that is not a credit code).
    /// </summary>
    public static UploadPermit MayUpload(Caller caller, string kind, ReferenceData reference)
    {
        Guard.NotNull(caller);
        Guard.NotNull(reference);
        if (!UploadKinds.Contains(kind))
        {
            throw new StatsException($"upload kind '{kind}': expected one of {string.Join(", ", UploadKinds)}");
        }

        if (RowsOf(caller.Role, kind) is not { } rows)
        {
            return new UploadPermit(caller, kind, RowScope.Any, KindRefused(caller, kind));
        }

        var unknown = Recognise(caller, reference, out var canonical);
        return new UploadPermit(canonical, kind, rows, unknown);
    }

    /// <summary>
    /// Checks that the caller's scope names something the reference data knows, and gives the caller with its scope in
    /// canonical form. Null when known; the refusal (AUTH-F02) otherwise. The functions app calls this when it
    /// issues a key.
    /// </summary>
    public static Refusal? Recognise(Caller caller, ReferenceData reference, out Caller canonical)
    {
        Guard.NotNull(caller);
        Guard.NotNull(reference);
        canonical = caller;
        var scope = caller.Scope ?? string.Empty;
        switch (caller.Role)
        {
            case Role.Association:
                if (!reference.AssociationsById.TryGetValue(scope, out var a))
                {
                    var known = string.Join(", ", reference.Associations.Where(x => x.Active).Select(x => x.AssociationId));
                    return Unknown(
                        $"association '{scope}' is not in the associations register (edition {reference.Edition}); expected one of {known}",
                        $"协会'{scope}'不在行业协会名录（{reference.Edition}版）中；应为{known}之一");
                }

                return a.Active
                    ? null
                    : Unknown($"association '{scope}' is retired from the associations register (edition {reference.Edition})",
                        $"协会'{scope}'已从行业协会名录（{reference.Edition}版）中撤销");
            case Role.Park:
                var park = reference.Parks.FirstOrDefault(p => string.Equals(p.ParkId, scope, StringComparison.OrdinalIgnoreCase));
                if (park is null)
                {
                    return Unknown($"park '{scope}' is not in the parks register (edition {reference.Edition}); expected a park id such as SHAIP01",
                        $"园区'{scope}'不在园区名录（{reference.Edition}版）中；应为园区代码（如SHAIP01）");
                }

                canonical = new Caller(Role.Park, park.ParkId);
                return null;
            case Role.Enterprise:
                var code = Uscc.Normalise(scope);
                if (!Uscc.IsValid(code))
                {
                    return Unknown($"'{scope}' is not a unified social credit code (GB 32100-2015): {Uscc.Problem(code)}",
                        $"'{scope}'不是有效的统一社会信用代码（GB 32100-2015）");
                }

                canonical = new Caller(Role.Enterprise, code);
                return null;
            default:
                return null;
        }
    }

    /// <summary>May <paramref name="caller"/> read <paramref name="resource"/>? Public outputs are everyone's; the
    /// internal outputs are the statistician's alone; the rest follows the caller's scope.</summary>
    public static bool MayRead(Caller caller, Resource resource)
    {
        Guard.NotNull(caller);
        Guard.NotNull(resource);
        if (caller.Role == Role.Statistician || resource.Kind == ResourceKind.PublicOutputs)
        {
            return true;
        }

        return resource.Kind switch
        {
            ResourceKind.Upload => resource.Owner == caller,
            ResourceKind.ParkScore => caller.Role == Role.Planner || Is(caller, Role.Park, resource.Id),
            ResourceKind.Members => Is(caller, Role.Association, resource.Id),
            ResourceKind.EnterpriseReports => Is(caller, Role.Enterprise, resource.Id)
                || (caller.Role == Role.Association && resource.MemberOf!.Contains(caller.Scope!, StringComparer.Ordinal)),
            _ => false,
        };
    }

    /// <summary>Closing a period (and so releasing its outputs) is the statistician's alone.</summary>
    public static bool MayClose(Caller caller) => Guard.NotNull(caller).Role == Role.Statistician;

    /// <summary>Deciding on warnings, classification cases and overrides, and managing vintages, keys and the
    /// associations register is the statistician's alone.</summary>
    public static bool MayReview(Caller caller) => Guard.NotNull(caller).Role == Role.Statistician;

    /// <summary>The upload table: which (role, kind) pairs are allowed and which rows they may carry; null = refused.</summary>
    private static RowScope? RowsOf(Role role, string kind) => (role, kind) switch
    {
        (Role.Statistician, Register or MonthlyReport or ParkReport) => RowScope.Any,
        (Role.Association, MemberRoster) => RowScope.Any,
        (Role.Association, MonthlyReport) => RowScope.MembersOfAssociation,
        (Role.Park, ParkReport) => RowScope.OwnPark,
        (Role.Enterprise, MonthlyReport) => RowScope.OwnEnterprise,
        _ => null,
    };

    private static Refusal KindRefused(Caller caller, string kind)
    {
        var (en, zh) = (kind, caller.Role) switch
        {
            (Register, _) => ("the register is the statistician's alone", "基本单位名录仅由统计局维护"),
            (MemberRoster, Role.Statistician) => ("a member roster comes from its association: upload it as association:ID",
                "会员名录由协会上传：请以association:ID身份上传"),
            (_, Role.Association) => ("an association uploads its member rosters and its members' monthly reports", "协会只上传会员名录和会员企业月报"),
            (_, Role.Park) => ("a park uploads its own park's reports", "园区只上传本园区的园区监测报表"),
            (_, Role.Enterprise) => ("an enterprise uploads its own monthly reports", "企业只上传本企业的月报"),
            _ => ("a planner reads public outputs and uploads nothing", "规划部门只读取公开数据，不上传数据"),
        };
        return new Refusal("AUTH-F01", $"{caller} may not upload {kind}; {en}", $"上传者{caller}无权上传{kind}；{zh}");
    }

    private static Refusal Unknown(string en, string zh) => new("AUTH-F02", en, zh);

    private static bool Is(Caller caller, Role role, string? scope)
        => caller.Role == role && string.Equals(caller.Scope, scope, StringComparison.Ordinal);
}
