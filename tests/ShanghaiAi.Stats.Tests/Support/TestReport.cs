namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>Every column of a form AI-1 row, for tests that need them all.</summary>
public sealed record TestReport(
    string Uscc,
    string Period,
    decimal? Revenue,
    decimal? AiRevenue,
    decimal? AiSoftware,
    decimal? AiServices,
    decimal? AiProducts,
    decimal? Profit,
    decimal? RdExpense,
    decimal? RevenuePrev,
    decimal? AiRevenuePrev,
    decimal? ProfitPrev,
    decimal? RdExpensePrev,
    int? Employees,
    int? RdStaff,
    int? AiPatents,
    decimal? ComputeUsed);
