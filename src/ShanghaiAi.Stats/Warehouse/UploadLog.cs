using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>Reads the warehouse's <c>uploads</c> table (written by the ingest) as a list: every upload of every
/// sender, newest first.</summary>
public static class UploadLog
{
    public static IReadOnlyList<LoggedUpload> All(StatsWarehouse warehouse)
        => Guard.NotNull(warehouse).Read(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT upload_id, sha256, kind, file_name, role, actor, received_at, status, data_rows, accepted, rejected, duplicates
                FROM uploads ORDER BY received_at DESC, upload_id
                """;
            using var r = cmd.ExecuteReader();
            var list = new List<LoggedUpload>();
            while (r.Read())
            {
                int? N(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
                list.Add(new LoggedUpload(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                    r.GetDateTime(6), r.GetString(7), N(8), N(9), N(10), N(11)));
            }

            return list;
        });
}
