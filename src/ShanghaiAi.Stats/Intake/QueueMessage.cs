namespace ShanghaiAi.Stats.Intake;

/// <summary>One delivery of a queued message: its id, the receipt that proves this delivery, its body and how many
/// times it has been delivered (1 on the first).</summary>
public sealed record QueueMessage(string Id, string Receipt, string Body, long DequeueCount);
