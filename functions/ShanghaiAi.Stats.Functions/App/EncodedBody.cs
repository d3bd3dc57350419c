using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>
/// A response body kept ready to send again: its bytes and, made on first need and kept, its gzip and Brotli forms.
/// <see cref="ToResult"/> answers with the form the request's <c>Accept-Encoding</c> takes (br, then gzip, else the
/// bytes as they are), so a cached answer is compressed once, not at every request, on the Functions host as on the
/// local one.
/// </summary>
public sealed class EncodedBody
{
    /// <summary>Below this size compressing costs more than it saves.</summary>
    public const int MinCompressBytes = 1024;

    private readonly Lazy<byte[]> _gzip;
    private readonly Lazy<byte[]> _brotli;

    public EncodedBody(byte[] bytes, string contentType)
    {
        Bytes = bytes;
        ContentType = contentType;
        _gzip = new Lazy<byte[]>(() => Compress(bytes, s => new GZipStream(s, CompressionLevel.Fastest)));
        _brotli = new Lazy<byte[]>(() => Compress(bytes, s => new BrotliStream(s, CompressionLevel.Fastest)));
    }

    public byte[] Bytes { get; }

    public string ContentType { get; }

    /// <summary>The memory this body holds at most (for the cache's size limit).</summary>
    public long Size => Bytes.Length * 2L;

    public IActionResult ToResult(HttpRequest request)
    {
        var accepts = string.Join(',', request.Headers.AcceptEncoding.Select(a => a ?? string.Empty));
        var (body, encoding) = Bytes.Length < MinCompressBytes ? (Bytes, null)
            : Accepts(accepts, "br") ? (_brotli.Value, "br")
            : Accepts(accepts, "gzip") ? (_gzip.Value, "gzip")
            : (Bytes, (string?)null);
        return new Result(body, ContentType, encoding);
    }

    private static bool Accepts(string header, string coding) =>
        header.Split(',').Select(p => p.Split(';')).Any(p => p[0].Trim().Equals(coding, StringComparison.OrdinalIgnoreCase)
            && !(p.Length > 1 && p[1].Replace(" ", string.Empty, StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"));

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> wrap)
    {
        using var ms = new MemoryStream();
        using (var z = wrap(ms))
        {
            z.Write(bytes);
        }

        return ms.ToArray();
    }

    private sealed class Result(byte[] body, string contentType, string? encoding) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.Headers[HeaderNames.Vary] = HeaderNames.AcceptEncoding;
            if (encoding is not null)
            {
                response.Headers[HeaderNames.ContentEncoding] = encoding;
            }

            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
