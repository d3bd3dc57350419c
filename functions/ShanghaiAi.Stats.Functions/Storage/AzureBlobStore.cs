using Azure;
using Azure.Storage.Blobs;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Storage;

/// <summary>Blobs in one Azure Blob Storage container (cloud mode; Azurite in the tests).</summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;

    public AzureBlobStore(string connectionString, string container)
    {
        _container = new BlobContainerClient(connectionString, container);
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync());
    }

    public async Task PutAsync(string name, Stream content, CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        await _container.GetBlobClient(name).UploadAsync(content, overwrite: true, ct).ConfigureAwait(false);
    }

    public async Task<byte[]?> GetAsync(string name, CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        try
        {
            var r = await _container.GetBlobClient(name).DownloadContentAsync(ct).ConfigureAwait(false);
            return r.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        var names = new List<string>();
        await foreach (var b in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, ct).ConfigureAwait(false))
        {
            names.Add(b.Name);
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }

    public async Task DeleteAsync(string name, CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        await _container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: ct).ConfigureAwait(false);
    }
}
