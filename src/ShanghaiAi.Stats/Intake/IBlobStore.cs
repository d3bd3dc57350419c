namespace ShanghaiAi.Stats.Intake;

/// <summary>Named blobs (archived uploads, upload records): a local folder or an Azure Blob container. Names are the
/// store's own (<c>uploads/ab/abcd…</c>), never a file name a caller sent.</summary>
public interface IBlobStore
{
    Task PutAsync(string name, Stream content, CancellationToken ct = default);

    /// <summary>The blob's bytes, or null when there is none of that name.</summary>
    Task<byte[]?> GetAsync(string name, CancellationToken ct = default);

    /// <summary>The names under <paramref name="prefix"/>, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default);

    /// <summary>Removes the blob; removing one that is not there does nothing.</summary>
    Task DeleteAsync(string name, CancellationToken ct = default);
}
