namespace ShanghaiAi.Stats.Intake;

/// <summary>The rule for the names the app gives blobs (never a caller's file name).</summary>
public static class BlobName
{
    public static bool IsSafe(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 512
        && name.Split('/').All(s => s.Length > 0 && s != "." && s != ".." && s.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'));
}
