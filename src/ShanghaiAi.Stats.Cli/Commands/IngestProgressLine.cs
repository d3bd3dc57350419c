using System.Globalization;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// The progress of a running ingest, on stderr once a second: rows read so far and the time taken
/// (<c>已读 read 420,000 行 rows · 9 s</c>), so a person loading a million-row register sees it move. On a terminal each
/// line replaces the one before (carriage return; the count and the time only grow, so no line is shorter than the one
/// it covers); into a file or a pipe each is a line of its own. <see cref="Finish"/> writes the last line.
/// </summary>
public sealed class IngestProgressLine : IDisposable
{
    private readonly IngestStages _stages;
    private readonly TextWriter _writer;
    private readonly bool _overwrite;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private bool _printed;
    private bool _done;

    /// <param name="overwrite">True on a terminal: each line replaces the one before.</param>
    public IngestProgressLine(IngestStages stages, TextWriter writer, bool overwrite, TimeProvider time)
    {
        (_stages, _writer, _overwrite, _time) = (stages, writer, overwrite, time);
        _start = time.GetTimestamp();
        _timer = time.CreateTimer(_ => Write(Text(string.Empty)), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Writes the last line (rows read, finished, time taken); nothing is written after it. On a terminal an
    /// upload done within the first second leaves no line at all (its summary follows at once).</summary>
    public void Finish()
    {
        _timer.Dispose();
        Write(Text(" · 完成 finished"), last: true);
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            if (!_done && _overwrite && _printed)
            {
                // Interrupted (an error): the partial line is ended so the message starts on a line of its own.
                _writer.Write('\n');
                _writer.Flush();
            }

            _done = true;
        }
    }

    private string Text(string end)
        => string.Create(CultureInfo.InvariantCulture, $"已读 read {_stages.RowsRead:N0} 行 rows{end} · {_time.GetElapsedTime(_start).TotalSeconds:F0} s");

    private void Write(string text, bool last = false)
    {
        lock (_lock)
        {
            if (_done || (last && _overwrite && !_printed))
            {
                _done = true;
                return;
            }

            if (_overwrite)
            {
                _writer.Write(last ? '\r' + text + '\n' : '\r' + text);
            }
            else
            {
                _writer.WriteLine(text);
            }

            _writer.Flush();
            _printed = true;
            _done = last;
        }
    }
}
