using System.Security.Cryptography;
using System.Text;

namespace ShanghaiAi.Stats.Intake;

/// <summary>An upload's id is made from its kind, its sender and its content: the same file sent twice by the same
/// caller is one upload.</summary>
public static class UploadIds
{
    public static string For(string kind, string owner, string sha256)
    {
        var h = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{owner}\n{sha256}"));
        return "up-" + Convert.ToHexStringLower(h)[..24];
    }

    public static bool IsWellFormed(string id) =>
        id.Length == 27 && id.StartsWith("up-", StringComparison.Ordinal) && id[3..].All(char.IsAsciiHexDigitLower);
}
