namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A park report (园区监测) to store: the park, the period (first day of the month), the
/// <see cref="ParkReportStore.Measures"/> measures of <c>park_reports</c> in table order (compute_capacity_pflops ...
/// pue; null = not reported) and the ethics review answer.</summary>
internal sealed record ParkReport(string ParkId, DateOnly Period, IReadOnlyList<decimal?> Measures, bool? Ethics);
