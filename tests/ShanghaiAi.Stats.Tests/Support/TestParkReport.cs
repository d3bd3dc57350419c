namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>Every column of a park's monthly report (table <c>park_reports</c>), for seeding a test warehouse.</summary>
public sealed record TestParkReport(
    string ParkId,
    DateOnly Period,
    decimal ComputeCapacity,
    decimal PublicComputeSmeShare,
    int OpenDatasets,
    int ScenariosOpened,
    int DemonstrationProjects,
    decimal FinancingRaised,
    decimal IncubatorArea,
    int TalentServices,
    int IpServices,
    decimal RentRelief,
    decimal Pue,
    bool EthicsReview,
    string UploadId,
    DateTime ReceivedAt,
    int Revision,
    DateTime? SupersededAt = null);
