namespace ShanghaiAi.Stats.Reference;

/// <summary>Reads and validates <c>associations/associations-EDITION.csv</c> for <see cref="ReferenceLoader"/>.</summary>
internal static class AssociationTable
{
    public static List<Association> Load(Func<string, string?> read, string file)
    {
        var table = Table.Read(read, file, "association_id", "name_zh", "name_en", "article8", "status");
        var list = new List<Association>();
        foreach (var row in table.Rows)
        {
            var id = row.Required("association_id");
            row.Expect("association_id", id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), "lower-case letters, digits and '-'");
            var article8 = row.Required("article8");
            row.Expect("article8", article8 is "ai-association" or "related-organization", "'ai-association' or 'related-organization'");
            var status = row.Required("status");
            row.Expect("status", status is "active" or "retired", "'active' or 'retired'");
            list.Add(new Association(id, row.Required("name_zh"), row.Required("name_en"),
                article8 == "ai-association" ? Article8Body.AiAssociation : Article8Body.RelatedOrganization, status == "active"));
        }

        table.Unique(list.Select(a => a.AssociationId), "association_id");
        return list;
    }
}
