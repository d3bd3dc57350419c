using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// A small streaming reader of register files (CSV in UTF-8 or GB18030, XLSX first sheet, JSON array of objects)
/// for <c>aistats classify</c>. Headers by canonical name or Chinese alias. Every data row comes out either as an
/// entry or as a problem naming row, column and value; nothing is skipped silently. The full upload readers of
/// <c>Ingest/</c> can replace it behind <see cref="Open"/> and <see cref="ToRecord"/>.
/// </summary>
internal sealed partial class RegisterFileReader
{
    public static readonly string[] Columns =
        ["uscc", "name", "district_code", "park_id", "industry_code", "business_scope", "main_products", "registered_on", "size_class"];

    private static readonly System.Buffers.SearchValues<char> NormalUsccChars = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日"];

    private readonly string _file;

    private RegisterFileReader(string path)
    {
        _file = Path.GetFileName(path);
    }

    /// <summary>Columns of the file that are not register columns (reported, not used).</summary>
    public List<string> UnknownColumns { get; } = [];

    /// <summary>Opens a register file; the extension chooses the format (.csv/.txt, .xlsx/.xls, .json).</summary>
    public static (RegisterFileReader Reader, IEnumerable<RawRegisterRow> Rows) Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: register file not found");
        }

        var reader = new RegisterFileReader(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        IEnumerable<RawRegisterRow> rows = ext switch
        {
            ".csv" or ".txt" => reader.ReadCsv(path),
            ".xlsx" or ".xls" => reader.ReadXlsx(path),
            ".json" => reader.ReadJson(path),
            _ => throw new StatsException($"{Path.GetFileName(path)}: expected a .csv, .xlsx, .xls or .json register file, found extension '{ext}'"),
        };
        return (reader, rows);
    }

    /// <summary>Maps header cells to register column indexes (-1 = absent); unknown headers are remembered.</summary>
    private int[] MapHeader(IReadOnlyList<string?> header)
    {
        var map = new int[Columns.Length];
        Array.Fill(map, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var h = header[i]?.Trim() ?? string.Empty;
            if (h.Length == 0)
            {
                continue;
            }

            var canonical = HeaderNames.Canonical(HeaderNames.Register, h);
            var col = canonical is null ? -1 : Array.IndexOf(Columns, canonical);
            if (col < 0)
            {
                UnknownColumns.Add(h);
            }
            else if (map[col] < 0)
            {
                map[col] = i;
            }
            else
            {
                throw new StatsException($"{_file}: header has two columns for {canonical}: '{header[map[col]]}' and '{h}'");
            }
        }

        foreach (var required in new[] { "uscc", "name" })
        {
            if (map[Array.IndexOf(Columns, required)] < 0)
            {
                throw new StatsException($"{_file}: header expected a column {required} ({string.Join(" / ", HeaderNames.Register.Where(kv => kv.Value == required).Select(kv => kv.Key))}), found {string.Join(", ", header.Where(h => !string.IsNullOrWhiteSpace(h)))}");
            }
        }

        return map;
    }

    private static bool IsHeader(IReadOnlyList<string?> cells)
        => cells.Any(c => c is not null && HeaderNames.Canonical(HeaderNames.Register, c) == "uscc")
           && cells.Count(c => c is not null && HeaderNames.Canonical(HeaderNames.Register, c) is not null) >= 2;

    /// <summary>Builds an entry from the cells of one data row, or a problem naming the column and value (thread-safe).</summary>
    public static RegisterRecord ToRecord(RawRegisterRow raw)
    {
        if (raw.Bad is { } bad)
        {
            return bad;
        }

        var row = raw.Row;
        var map = raw.Map!;
        var cells = raw.Cells!;
        string? Get(int col)
        {
            var i = map[col];
            var v = i < 0 || i >= cells.Length ? null : cells[i]?.Trim();
            return string.IsNullOrEmpty(v) ? null : v;
        }

        var rawUscc = Get(0);
        var uscc = rawUscc is { Length: 18 } && rawUscc.AsSpan().IndexOfAnyExcept(NormalUsccChars) < 0 ? rawUscc : Uscc.Normalise(rawUscc ?? string.Empty);
        if (Uscc.Problem(uscc) is { } problem)
        {
            return RegisterRecord.Bad(row, "uscc", rawUscc, $"not a valid unified social credit code ({problem})");
        }

        var name = Get(1);
        if (name is null)
        {
            return RegisterRecord.Bad(row, "name", null, "expected the enterprise name, found an empty cell");
        }

        var rawIndustry = Get(4);
        string? industry = null;
        if (rawIndustry is not null)
        {
            industry = Uscc.Normalise(rawIndustry);
            if (industry.Length == 5 && char.IsAsciiLetter(industry[0]))
            {
                industry = industry[1..]; // "C3491": section letter before the class
            }

            if (industry.Length != 4 || !industry.All(char.IsAsciiDigit))
            {
                return RegisterRecord.Bad(row, "industry_code", rawIndustry, "expected a GB/T 4754-2017 class of 4 digits");
            }
        }

        DateOnly? registered = Get(7) is { } d && DateOnly.TryParseExact(d.Length > 10 && d[10] is ' ' or 'T' ? d[..10] : d, DateFormats,
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        var entry = new RegisterEntry(uscc, name, Get(2), Get(3), industry, Get(5), Get(6), registered, Get(8));
        return new RegisterRecord(row, entry, null, null, null);
    }
}

/// <summary>One data row as read: its cells and the header map, or a problem found while reading (e.g. field count).</summary>
internal sealed record RawRegisterRow(int Row, string?[]? Cells, int[]? Map, RegisterRecord? Bad);

/// <summary>One data row of a register file: an entry, or why it could not be read.</summary>
/// <param name="Row">The row number as a person sees it (spreadsheet row; the header is row 1 in CSV; object number in JSON).</param>
internal sealed record RegisterRecord(int Row, RegisterEntry? Entry, string? Column, string? Value, string? Problem)
{
    public static RegisterRecord Bad(int row, string column, string? value, string problem) => new(row, null, column, value, problem);
}
