using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The paging of list answers: <c>?page=1&amp;page_size=50</c> (1 &lt;= page_size &lt;= 500); the answer carries
/// <c>page</c>, <c>page_size</c> and <c>total</c> beside the page's items.</summary>
public static class Paging
{
    public const int DefaultSize = 50;

    public const int MaxSize = 500;

    /// <summary>Reads page and page size; a 400 answer when either is not a whole number in range.</summary>
    public static IActionResult? Read(HttpRequest req, out int page, out int size)
    {
        var p = Number(req.Query["page"], 1, 1, int.MaxValue);
        var s = Number(req.Query["page_size"], DefaultSize, 1, MaxSize);
        page = p ?? 1;
        size = s ?? DefaultSize;
        return p is null || s is null
            ? ApiResults.Error(400, $"page and page_size: expected whole numbers (page >= 1, 1 <= page_size <= {MaxSize})",
                $"page 与 page_size 应为整数（page >= 1，1 <= page_size <= {MaxSize}）")
            : null;
    }

    public static List<T> Slice<T>(IReadOnlyList<T> all, int page, int size)
        => all.Skip((int)Math.Min(int.MaxValue, ((long)page - 1) * size)).Take(size).ToList();

    private static int? Number(string? text, int fallback, int min, int max) =>
        string.IsNullOrEmpty(text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
