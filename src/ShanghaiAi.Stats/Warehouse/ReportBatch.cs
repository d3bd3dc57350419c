namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// Monthly reports handed to <see cref="ReportStore"/> in batches, column by column (a row per index below
/// <see cref="Size"/>): the enterprise's credit code and a small id for it (the same id for the same code within one
/// upload: the stage stores each code once and the rows by id, far cheaper to append than an 18-character string), the period as a month index (year * 12 + month - 1), the row of
/// the upload it came from, and the <see cref="Measures"/> measures of <c>reports</c> in table order (revenue_ytd ...
/// compute_used_ytd), each with whether it was reported. Filled by one thread and appended by another, then reused.
/// </summary>
internal sealed class ReportBatch(int capacity)
{
    /// <summary>Measures per row: revenue_ytd, revenue_ytd_prev, ai_revenue_ytd, ai_revenue_ytd_prev, ai_software_ytd,
    /// ai_services_ytd, ai_products_ytd, profit_ytd, profit_ytd_prev, rd_expense_ytd, rd_expense_ytd_prev (money, 千元),
    /// employees_end, rd_staff_end, ai_patents_ytd (whole numbers), compute_used_ytd (money).</summary>
    public const int Measures = 15;

    /// <summary>The first and last measure stored as whole numbers (employees_end ... ai_patents_ytd).</summary>
    public const int FirstCount = 11, LastCount = 13;

    public string[] Uscc { get; } = new string[capacity];

    public int[] CodeId { get; } = new int[capacity];

    public int[] Period { get; } = new int[capacity];

    public int[] Row { get; } = new int[capacity];

    /// <summary>Row <c>k</c>'s measure <c>m</c> is at <c>k * Measures + m</c>, in hundredths (the digits of DECIMAL(18,2);
    /// whole numbers too, times 100).</summary>
    public long[] Cents { get; } = new long[capacity * Measures];

    public bool[] Has { get; } = new bool[capacity * Measures];

    public int Size { get; set; }

    public bool Full => Size == Uscc.Length;
}
