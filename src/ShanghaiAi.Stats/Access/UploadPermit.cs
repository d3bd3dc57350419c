namespace ShanghaiAi.Stats.Access;

/// <summary>What <see cref="Authority.MayUpload"/> decided for one caller and one kind of upload.</summary>
/// <param name="Caller">The caller with its scope in canonical form (the park id as registered, the credit code in
/// upper case); record the upload under this.</param>
/// <param name="Rows">Which rows lie within the caller's authority when allowed.</param>
/// <param name="Refusal">Null when allowed; otherwise why not (AUTH-F01 kind not allowed, AUTH-F02 unknown scope).</param>
public sealed record UploadPermit(Caller Caller, string Kind, RowScope Rows, Refusal? Refusal)
{
    public bool Allowed => Refusal is null;
}
