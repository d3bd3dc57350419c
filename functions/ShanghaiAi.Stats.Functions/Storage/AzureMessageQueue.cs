using Azure.Storage.Queues;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Storage;

/// <summary>An Azure Storage queue (cloud mode). Messages are Base64-encoded, as the Functions host's queue trigger
/// expects by default (host.json <c>messageEncoding</c>).</summary>
public sealed class AzureMessageQueue : IMessageQueue
{
    private readonly QueueClient _queue;
    private readonly Lazy<Task> _created;

    public AzureMessageQueue(string connectionString, string name)
    {
        Name = name;
        _queue = new QueueClient(connectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        _created = new Lazy<Task>(() => _queue.CreateIfNotExistsAsync());
    }

    public string Name { get; }

    public async Task SendAsync(string body, CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        await _queue.SendMessageAsync(body, ct).ConfigureAwait(false);
    }

    public async Task<QueueMessage?> ReceiveAsync(TimeSpan visibility, CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        var r = await _queue.ReceiveMessageAsync(visibility, ct).ConfigureAwait(false);
        return r.Value is { } m ? new QueueMessage(m.MessageId, m.PopReceipt, m.Body.ToString(), m.DequeueCount) : null;
    }

    public async Task DeleteAsync(QueueMessage message, CancellationToken ct = default) =>
        await _queue.DeleteMessageAsync(message.Id, message.Receipt, ct).ConfigureAwait(false);

    public async Task ReleaseAsync(QueueMessage message, TimeSpan delay, CancellationToken ct = default) =>
        await _queue.UpdateMessageAsync(message.Id, message.Receipt, visibilityTimeout: delay, cancellationToken: ct).ConfigureAwait(false);

    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await _created.Value.ConfigureAwait(false);
        return (await _queue.GetPropertiesAsync(ct).ConfigureAwait(false)).Value.ApproximateMessagesCount;
    }
}
