using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>Throw-away values for ingest tests.</summary>
public static class Some
{
    /// <summary>The codes of Corpus/register-base.csv (1..6) and one outside it (7): 913101150000 + 5 digits + check.</summary>
    public static string Uscc(int i) => Stats.Common.Uscc.WithCheck(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"913101150000{i:D5}"));

    public const string MonthlyHeader =
        "uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,ai_products_ytd,profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd";

    /// <summary>A monthly row that passes every edit (revenue 1000 of which AI 500 = 200+200+100).</summary>
    public static string MonthlyRow(string uscc, string period = "2026-10", string revenue = "1000", string ai = "500", string revenuePrev = "900", string aiPrev = "450")
    {
        var aiValue = decimal.Parse(ai, System.Globalization.CultureInfo.InvariantCulture);
        var sw = (aiValue * 0.4m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sv = (aiValue * 0.4m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pr = (aiValue - (aiValue * 0.8m)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{uscc},{period},{revenue},{revenuePrev},{ai},{aiPrev},{sw},{sv},{pr},80,70,50,45,100,30,2,1.5";
    }

    public static string Monthly(params string[] rows) => MonthlyHeader + "\n" + string.Join("\n", rows) + "\n";
}
