using System.Text;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// <c>review-queue.csv</c> (internal): the enterprises whose classification a statistician should check, with credit
/// code and name. Uploaded text is neutralised against CSV injection (<see cref="CsvText.Neutralised"/>).
/// </summary>
public static class ReviewQueueFile
{
    public const string Name = "review-queue.csv";

    public static void Write(IReadOnlyList<ReviewItem> review, string path)
    {
        var sb = new StringBuilder("uscc,name,category,reason,evidence\n");
        foreach (var r in review)
        {
            sb.Append(CsvText.Line([r.Uscc, .. new[] { r.Name, r.Category, r.Reason, r.Evidence }.Select(CsvText.Neutralised)])).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(true));
    }
}
