using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// A durable queue on the local disk, with Azure Queue semantics: each message is one file written whole (temp file,
/// flush, rename), a delivery hides it for a visibility timeout and counts it, and a message not deleted comes back,
/// so a process killed mid-delivery loses nothing: on restart the message is delivered again. One process owns a
/// queue folder at a time (the local host).
/// </summary>
public sealed class FolderQueue : IMessageQueue
{
    private readonly string _dir;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long _sequence;

    public FolderQueue(string root, string name, TimeProvider time)
    {
        Name = name;
        _dir = Path.Combine(Path.GetFullPath(root), name);
        _time = time;
        Directory.CreateDirectory(_dir);
    }

    public string Name { get; }

    public Task SendAsync(string body, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks:D20}-{Interlocked.Increment(ref _sequence):D8}-{Guid.NewGuid():N}");
        Write(new Entry { Id = id, Body = body, VisibleAt = now, Receipt = string.Empty });
        return Task.CompletedTask;
    }

    public Task<QueueMessage?> ReceiveAsync(TimeSpan visibility, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var file in Directory.EnumerateFiles(_dir, "*.msg").Order(StringComparer.Ordinal))
            {
                var e = Read(file);
                if (e is null || e.VisibleAt > now)
                {
                    continue;
                }

                e.DequeueCount++;
                e.VisibleAt = now + visibility;
                e.Receipt = Guid.NewGuid().ToString("N");
                Write(e);
                return Task.FromResult<QueueMessage?>(new QueueMessage(e.Id, e.Receipt, e.Body, e.DequeueCount));
            }

            return Task.FromResult<QueueMessage?>(null);
        }
    }

    public Task DeleteAsync(QueueMessage message, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var file = FileOf(message.Id);
            if (Read(file) is { } e && e.Receipt == message.Receipt)
            {
                File.Delete(file);
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(QueueMessage message, TimeSpan delay, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (Read(FileOf(message.Id)) is { } e && e.Receipt == message.Receipt)
            {
                e.VisibleAt = _time.GetUtcNow() + delay;
                Write(e);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Makes every hidden message visible: called by the one process that owns the folder when it starts,
    /// since a message hidden then was being handled by a process that died.</summary>
    public int RecoverHidden()
    {
        lock (_gate)
        {
            var n = 0;
            var now = _time.GetUtcNow();
            foreach (var file in Directory.EnumerateFiles(_dir, "*.msg"))
            {
                if (Read(file) is { } e && e.VisibleAt > now && e.Receipt.Length > 0)
                {
                    e.VisibleAt = now;
                    e.Receipt = string.Empty;
                    Write(e);
                    n++;
                }
            }

            return n;
        }
    }

    public Task<int> CountAsync(CancellationToken ct = default) => Task.FromResult(Directory.EnumerateFiles(_dir, "*.msg").Count());

    private string FileOf(string id) => Path.Combine(_dir, id + ".msg");

    private static Entry? Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is FileNotFoundException or JsonException)
        {
            return null;
        }
    }

    private void Write(Entry e)
    {
        var file = FileOf(e.Id);
        var tmp = file + ".tmp";
        using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(f, e);
            f.Flush(flushToDisk: true);
        }

        File.Move(tmp, file, overwrite: true);
    }

    private sealed class Entry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        [JsonPropertyName("body")]
        public string Body { get; set; } = string.Empty;

        [JsonPropertyName("dequeue_count")]
        public long DequeueCount { get; set; }

        [JsonPropertyName("visible_at")]
        public DateTimeOffset VisibleAt { get; set; }

        [JsonPropertyName("receipt")]
        public string Receipt { get; set; } = string.Empty;
    }
}
