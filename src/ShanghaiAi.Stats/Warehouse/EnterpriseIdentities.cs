namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// Every credit code and enterprise name the register has ever held (current rows and history), read only: what a
/// public output must never contain. (A read of <c>register</c>; it joins the register's store when that lands.)
/// </summary>
public static class EnterpriseIdentities
{
    public static (IReadOnlyList<string> CreditCodes, IReadOnlyList<string> Names) Read(StatsWarehouse warehouse)
        => warehouse.Read(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT DISTINCT uscc, name FROM register";
            using var r = cmd.ExecuteReader();
            var codes = new HashSet<string>(StringComparer.Ordinal);
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (r.Read())
            {
                codes.Add(r.GetString(0));
                if (!r.IsDBNull(1) && r.GetString(1).Trim() is { Length: > 0 } name)
                {
                    names.Add(name);
                }
            }

            return ((IReadOnlyList<string>)codes.Order(StringComparer.Ordinal).ToList(), (IReadOnlyList<string>)names.Order(StringComparer.Ordinal).ToList());
        });
}
