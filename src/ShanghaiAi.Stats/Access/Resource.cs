using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Access;

/// <summary>A thing a caller asks to read; build one with the factories.</summary>
/// <param name="Owner">The caller that sent an <see cref="ResourceKind.Upload"/>.</param>
/// <param name="Id">The park id, association id or credit code the resource is about.</param>
/// <param name="MemberOf">For <see cref="ResourceKind.EnterpriseReports"/>: the associations the enterprise is a member of.</param>
public sealed record Resource(ResourceKind Kind, Caller? Owner = null, string? Id = null, IReadOnlyCollection<string>? MemberOf = null)
{
    public static Resource PublicOutputs { get; } = new(ResourceKind.PublicOutputs);

    public static Resource InternalOutputs { get; } = new(ResourceKind.InternalOutputs);

    /// <summary>An upload recorded under <paramref name="owner"/> (the uploads table's role and actor).</summary>
    public static Resource UploadBy(Caller owner) => new(ResourceKind.Upload, Guard.NotNull(owner));

    public static Resource ParkScoreOf(string parkId) => new(ResourceKind.ParkScore, Id: Guard.NotEmpty(parkId));

    public static Resource MembersOf(string associationId) => new(ResourceKind.Members, Id: Guard.NotEmpty(associationId));

    /// <param name="memberOf">The ids of the associations the enterprise is a member of (memberships table).</param>
    public static Resource ReportsOf(string uscc, IReadOnlyCollection<string> memberOf)
        => new(ResourceKind.EnterpriseReports, Id: Guard.NotEmpty(uscc), MemberOf: Guard.NotNull(memberOf));
}
