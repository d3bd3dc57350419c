using System.Globalization;
using System.Text;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Ingestion as a person runs it (issue 15): <c>aistats</c> as a child process on <c>aistats generate</c> data, wall
/// clock and peak RSS of the whole process, against a separate bare DuckDB <c>read_csv</c> process of the same file
/// (<see cref="BareLoadBenchmark"/>) in the same run, best of N.
/// <c>ingestcli [--enterprises 6000] [--months 36] [--register-rows 200000] [--roster-register 1000000] [--register FILE] [--roster FILE] [--tries 3] [--only monthly,reupload,register,roster,small,demo]
/// [--cli NAME=PATH/aistats.dll ...] [--work DIR]</c>. Several <c>--cli</c> compare builds side by side (e.g. before and
/// after a change); the default is the aistats built beside this benchmark. <c>--register FILE</c> takes that register
/// instead of generating one. The roster case ingests the largest member roster of <c>aistats generate --enterprises
/// N --months 1</c> (N = <c>--roster-register</c>; 1,000,000 gives a 201,930-row, 26 MB XLSX; or <c>--roster FILE</c>)
/// into a new warehouse, against a separate process reading the same workbook with the OpenXML SDK's streaming reader
/// (<see cref="XlsxSaxReadBenchmark"/>). The roster-register case ingests the same roster into a warehouse already
/// holding the register of that data set (<c>register.csv</c> beside its <c>members/</c>), the setting of issue 15: the
/// warehouse is loaded once per build (kept in the work folder as <c>template-NAME-roster-register</c>; delete it after
/// rebuilding) and copied for each try.
/// </summary>
public static class IngestCliBenchmark
{
    private static readonly string[] AllCases = ["monthly", "reupload", "register", "roster", "roster-register", "small", "demo"];

    public static void Run(string[] args)
    {
        var enterprises = Int(args, "--enterprises", 6000);
        var months = Int(args, "--months", 36);
        var registerRows = Int(args, "--register-rows", 200_000);
        var rosterRegister = Int(args, "--roster-register", 1_000_000);
        var tries = Int(args, "--tries", 3);
        var only = (Value(args, "--only") ?? string.Join(',', AllCases)).Split(',');
        var clis = Values(args, "--cli").Select(v => (Name: v[..v.IndexOf('=', StringComparison.Ordinal)], Dll: Path.GetFullPath(v[(v.IndexOf('=', StringComparison.Ordinal) + 1)..]))).ToList();
        if (clis.Count == 0)
        {
            clis.Add(("aistats", Path.Combine(AppContext.BaseDirectory, "aistats.dll")));
        }

        var self = Path.Combine(AppContext.BaseDirectory, "ShanghaiAi.Stats.Benchmarks.dll");
        var work = Path.GetFullPath(Value(args, "--work") ?? Path.Combine(Path.GetTempPath(), "aistats-bench-ingestcli"));
        Directory.CreateDirectory(work);
        Measure.Header("ingestcli");
        Console.WriteLine($"work folder {work}; builds: {string.Join(", ", clis.Select(c => $"{c.Name}={c.Dll}"))}");

        var givenRegister = Value(args, "--register");
        var data = Generate(work, clis[0].Dll, enterprises, months, registerRows, givenRegister is null ? only : [.. only.Where(o => o != "register")]);
        if (givenRegister is not null)
        {
            data = data with { BigRegister = Path.GetFullPath(givenRegister), BigRegisterRows = File.ReadLines(givenRegister).LongCount() - 1 };
        }

        var roster = only.Contains("roster") || only.Contains("roster-register") ? Value(args, "--roster") is { } given ? Path.GetFullPath(given) : Roster(work, clis[0].Dll, rosterRegister) : string.Empty;
        var table = new List<string>();
        foreach (var (name, dll) in clis)
        {
            table.AddRange(Cases(work, name, dll, self, data, only, tries));
            if (only.Contains("roster"))
            {
                table.Add(RosterCase(work, name, dll, self, roster, tries, null));
            }

            if (only.Contains("roster-register"))
            {
                var register = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(roster)!)!, "register.csv");
                var template = Path.Combine(work, $"template-{name}-roster-register");
                if (!Directory.Exists(template))
                {
                    Directory.CreateDirectory(template);
                    Ingest(template, dll, "register", register);
                }

                table.Add(RosterCase(work, name, dll, self, roster, tries, template));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| build | measure | rows | aistats (s) | bare read_csv (s) | ratio | peak aistats (MB) | peak bare (MB) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var line in table)
        {
            Console.WriteLine(line);
        }
    }

    private sealed record Data(string Register, string AllMonths, long AllMonthsRows, string BigRegister, long BigRegisterRows,
        string SmallRegister, string SmallHistory, string SmallMonth, long SmallMonthRows);

    private static Data Generate(string work, string cli, int enterprises, int months, int registerRows, string[] only)
    {
        var gen = Path.Combine(work, $"gen-{enterprises}x{months}");
        if (!Directory.Exists(gen))
        {
            ChildRun.Dotnet(work, cli, "generate", "--enterprises", Str(enterprises), "--months", Str(months), "--end", "2026-10", "--out", gen).Expect(0);
        }

        var reports = Directory.GetFiles(Path.Combine(gen, "reports"), "monthly-*.csv").Order(StringComparer.Ordinal).ToList();
        var all = Path.Combine(work, $"monthly-{enterprises}x{months}.csv");
        var allRows = Concatenate(reports, all);

        var big = Path.Combine(work, $"register-{registerRows}");
        if (only.Contains("register") && !Directory.Exists(big))
        {
            ChildRun.Dotnet(work, cli, "generate", "--register-only", "--enterprises", Str(registerRows), "--out", big).Expect(0);
        }

        var small = Path.Combine(work, "gen-2000x37");
        if (only.Contains("small") && !Directory.Exists(small))
        {
            ChildRun.Dotnet(work, cli, "generate", "--enterprises", "2000", "--months", "37", "--end", "2026-10", "--out", small).Expect(0);
        }

        var smallReports = Directory.Exists(small) ? Directory.GetFiles(Path.Combine(small, "reports"), "monthly-*.csv").Order(StringComparer.Ordinal).ToList() : [];
        var history = Path.Combine(work, "monthly-2000x36-history.csv");
        if (smallReports.Count > 0)
        {
            Concatenate(smallReports[..^1], history);
        }

        var bigCsv = Path.Combine(big, "register.csv");
        return new Data(Path.Combine(gen, "register.csv"), all, allRows, bigCsv, File.Exists(bigCsv) ? File.ReadLines(bigCsv).LongCount() - 1 : 0,
            Path.Combine(small, "register.csv"), history, smallReports.LastOrDefault() ?? string.Empty,
            smallReports.Count > 0 ? File.ReadLines(smallReports[^1]).LongCount() - 1 : 0);
    }

    /// <summary>The largest member roster of a generated data set of <paramref name="enterprises"/> enterprises and one month.</summary>
    private static string Roster(string work, string cli, int enterprises)
    {
        var gen = Path.Combine(work, $"gen-{enterprises}x1");
        if (!Directory.Exists(gen))
        {
            ChildRun.Dotnet(work, cli, "generate", "--enterprises", Str(enterprises), "--months", "1", "--end", "2026-10", "--out", gen).Expect(0);
        }

        return Directory.GetFiles(Path.Combine(gen, "members"), "*.xlsx").MaxBy(f => new FileInfo(f).Length)!;
    }

    /// <summary><c>ingest --kind member-roster</c> of <paramref name="roster"/> into a new warehouse (or a copy of
    /// <paramref name="template"/>), against a plain OpenXML streaming read of the same workbook, interleaved try by try.</summary>
    private static string RosterCase(string work, string name, string cli, string self, string roster, int tries, string? template)
    {
        var root = Path.Combine(work, "runs-" + name);
        Directory.CreateDirectory(root);
        var ingest = new List<ChildRun>();
        var sax = new List<ChildRun>();
        var rows = 0L;
        for (var t = 0; t < tries; t++)
        {
            sax.Add(ChildRun.Dotnet(root, self, "xlsxsaxread", roster).Expect(0));
            var dir = Path.Combine(root, $"roster-{t}");
            if (template is null)
            {
                Directory.CreateDirectory(dir);
            }
            else
            {
                Copy(template, dir);
            }

            ingest.Add(ChildRun.Dotnet(dir, cli, "ingest", "--kind", "member-roster", roster, "--as", "association:" + Path.GetFileNameWithoutExtension(roster),
                "--db", Path.Combine(dir, "aistats.duckdb")).Expect(0, 1));
            Directory.Delete(dir, recursive: true);
            var m = System.Text.RegularExpressions.Regex.Match(ingest[^1].Output, @"rows (\d+)");
            rows = m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : rows;
        }

        var into = template is null ? "new warehouse" : "warehouse holding its register";
        return Line(name, $"ingest --kind member-roster {Path.GetFileName(roster)} ({into}) vs OpenXML SAX read", rows, ingest, sax);
    }

    /// <summary>The monthly files as one CSV: the first file whole (BOM and header), the others without their header.</summary>
    private static long Concatenate(IReadOnlyList<string> files, string target)
    {
        long rows = 0;
        using var output = new StreamWriter(target, false, new UTF8Encoding(true), 1 << 20);
        for (var i = 0; i < files.Count; i++)
        {
            var first = true;
            foreach (var line in File.ReadLines(files[i]))
            {
                if (first)
                {
                    first = false;
                    if (i > 0)
                    {
                        continue;
                    }

                    output.WriteLine(line.TrimStart('\uFEFF'));
                    continue;
                }

                output.WriteLine(line);
                rows++;
            }
        }

        return rows;
    }

    private static IEnumerable<string> Cases(string work, string name, string cli, string self, Data data, string[] only, int tries)
    {
        var root = Path.Combine(work, "runs-" + name);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        if (only.Contains("monthly") || only.Contains("reupload"))
        {
            var withRegister = Template(root, cli, "with-register", (data.Register, "register"));
            var ingest = new List<ChildRun>();
            var reupload = new List<ChildRun>();
            var bare = new List<ChildRun>();
            for (var t = 0; t < tries; t++)
            {
                bare.Add(Bare(root, self, data.AllMonths, "monthly"));
                var dir = Copy(withRegister, Path.Combine(root, $"monthly-{t}"));
                ingest.Add(Ingest(dir, cli, "monthly-report", data.AllMonths));
                reupload.Add(Ingest(dir, cli, "monthly-report", data.AllMonths));
                reupload[^1].Output.Should("already ingested");
                Directory.Delete(dir, recursive: true);
            }

            yield return Line(name, "ingest --kind monthly-report (warehouse holds the register)", data.AllMonthsRows, ingest, bare);
            yield return Line(name, "identical re-upload of that file", data.AllMonthsRows, reupload, bare);
        }

        if (only.Contains("register"))
        {
            var ingest = new List<ChildRun>();
            var bare = new List<ChildRun>();
            for (var t = 0; t < tries; t++)
            {
                bare.Add(Bare(root, self, data.BigRegister, "register"));
                var dir = Path.Combine(root, $"register-{t}");
                Directory.CreateDirectory(dir);
                ingest.Add(Ingest(dir, cli, "register", data.BigRegister));
                Directory.Delete(dir, recursive: true);
            }

            yield return Line(name, "ingest --kind register (new warehouse)", data.BigRegisterRows, ingest, bare);
        }

        if (only.Contains("small"))
        {
            var history = Template(root, cli, "with-36-months", (data.SmallRegister, "register"), (data.SmallHistory, "monthly-report"));
            var ingest = new List<ChildRun>();
            var bare = new List<ChildRun>();
            for (var t = 0; t < tries; t++)
            {
                bare.Add(Bare(root, self, data.SmallMonth, "monthly"));
                var dir = Copy(history, Path.Combine(root, $"small-{t}"));
                ingest.Add(Ingest(dir, cli, "monthly-report", data.SmallMonth));
                Directory.Delete(dir, recursive: true);
            }

            yield return Line(name, "a 2,000-row monthly upload, warehouse holding 36 months", data.SmallMonthRows, ingest, bare);
        }

        if (only.Contains("demo"))
        {
            var demo = new List<ChildRun>();
            for (var t = 0; t < tries; t++)
            {
                var dir = Path.Combine(root, $"demo-{t}");
                Directory.CreateDirectory(dir);
                demo.Add(ChildRun.Dotnet(dir, cli, "demo", "--out", "out", "--end", "2026-10").Expect(0));
                Directory.Delete(dir, recursive: true);
            }

            var best = demo.MinBy(r => r.Seconds)!;
            yield return string.Create(CultureInfo.InvariantCulture, $"| {name} | demo (default) | | {best.Seconds:F2} | | | {best.PeakMb:F0} | |");
        }
    }

    private static void Should(this string output, string text)
    {
        if (!output.Contains(text, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"expected '{text}' in:\n{output}");
        }
    }

    /// <summary>A warehouse folder loaded with <paramref name="loads"/> (not timed), copied for each try.</summary>
    private static string Template(string root, string cli, string name, params (string File, string Kind)[] loads)
    {
        var dir = Path.Combine(root, "template-" + name);
        Directory.CreateDirectory(dir);
        foreach (var (file, kind) in loads)
        {
            Ingest(dir, cli, kind, file);
        }

        return dir;
    }

    private static string Copy(string from, string to)
    {
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }

        return to;
    }

    private static ChildRun Ingest(string dir, string cli, string kind, string file)
        => ChildRun.Dotnet(dir, cli, "ingest", "--kind", kind, file, "--db", Path.Combine(dir, "aistats.duckdb")).Expect(0, 1);

    private static ChildRun Bare(string root, string self, string file, string kind)
    {
        var db = Path.Combine(root, "bare-" + Guid.NewGuid().ToString("N")[..8] + ".duckdb");
        var r = ChildRun.Dotnet(root, self, "bareload", file, kind, db).Expect(0);
        File.Delete(db);
        return r;
    }

    private static string Line(string build, string measure, long rows, List<ChildRun> runs, List<ChildRun> bare)
    {
        var best = runs.MinBy(r => r.Seconds)!;
        var b = bare.MinBy(r => r.Seconds)!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{build}: {measure}: {string.Join(" / ", runs.Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} s, bare {string.Join(" / ", bare.Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} s; last output: {best.Output.Split('\n').FirstOrDefault()}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {build} | {measure} | {rows:N0} | {best.Seconds:F2} | {b.Seconds:F2} | **{best.Seconds / b.Seconds:F1}x** | {runs.Max(r => r.PeakMb):F0} | {b.PeakMb:F0} |");
    }

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static int Int(string[] args, string name, int fallback)
        => Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string name) => Values(args, name).LastOrDefault();

    private static IEnumerable<string> Values(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }
}
