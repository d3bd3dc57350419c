namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// A queue with at-least-once delivery, as Azure Queue storage: a received message is hidden for a visibility timeout
/// and comes back unless deleted; <see cref="QueueMessage.DequeueCount"/> counts its deliveries.
/// </summary>
public interface IMessageQueue
{
    string Name { get; }

    Task SendAsync(string body, CancellationToken ct = default);

    /// <summary>The next visible message, hidden for <paramref name="visibility"/>; null when none is visible.</summary>
    Task<QueueMessage?> ReceiveAsync(TimeSpan visibility, CancellationToken ct = default);

    /// <summary>Removes a handled message.</summary>
    Task DeleteAsync(QueueMessage message, CancellationToken ct = default);

    /// <summary>Makes a failed message visible again after <paramref name="delay"/>.</summary>
    Task ReleaseAsync(QueueMessage message, TimeSpan delay, CancellationToken ct = default);

    /// <summary>Messages waiting (visible or hidden), approximately.</summary>
    Task<int> CountAsync(CancellationToken ct = default);
}
