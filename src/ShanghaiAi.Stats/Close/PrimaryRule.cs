namespace ShanghaiAi.Stats.Close;

/// <summary>Primary disclosure rules (statistics.md): too few contributors (A), dominance by one (O) or two (T)
/// contributors, judged on absolute contributions so that negative values (profit) count by their size.</summary>
internal static class PrimaryRule
{
    public static string Status(int contributors, decimal top1, decimal top2, decimal sumAbs, CloseSettings s)
    {
        if (contributors < s.MinContributors)
        {
            return "A";
        }

        if (sumAbs <= 0m)
        {
            return "F";
        }

        if (top1 > s.DominanceOneShare * sumAbs)
        {
            return "O";
        }

        return top1 + top2 > s.DominanceTwoShare * sumAbs ? "T" : "F";
    }
}
