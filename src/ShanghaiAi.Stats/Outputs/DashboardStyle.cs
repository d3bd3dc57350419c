namespace ShanghaiAi.Stats.Outputs;

/// <summary>The dashboard's inline CSS and script (no CDN, no network; CJK font stack for Chinese text).</summary>
internal static class DashboardStyle
{
    public const string Css = """
        :root { --ink:#1d2733; --muted:#5b6775; --line:#d9e0e8; --accent:#1f5fa8; --bg:#f5f7fa; }
        * { box-sizing: border-box; }
        body { margin:0; font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei","Source Han Sans SC",sans-serif;
               color:var(--ink); background:var(--bg); font-size:14px; }
        header { background:var(--accent); color:#fff; padding:18px 28px; }
        header h1 { margin:0; font-size:24px; }
        header .en { color:#dbe7f5; }
        header code { color:#fff; }
        .period { margin:6px 0 0; }
        main { padding:16px 28px; }
        section { background:#fff; border:1px solid var(--line); border-radius:6px; padding:14px 18px; margin-bottom:16px; }
        h2 { font-size:18px; margin:0 0 12px; }
        .en { display:block; font-size:11px; color:var(--muted); font-weight:normal; }
        h1 .en, h2 .en, .period .en { display:inline; margin-left:8px; }
        .cards { display:grid; grid-template-columns:repeat(auto-fill, minmax(210px, 1fr)); gap:12px; }
        .card { border:1px solid var(--line); border-radius:6px; padding:10px 12px; }
        .card .value { font-size:22px; font-weight:bold; margin:6px 0 2px; font-variant-numeric:tabular-nums; }
        .card .unit { font-size:12px; color:var(--muted); margin-left:4px; font-weight:normal; }
        .yoy { font-size:12px; }
        .yoy.up { color:#b3261e; } .yoy.down { color:#1e7b34; }
        .imputed { display:block; font-size:11px; color:#666; }
        table { border-collapse:collapse; width:100%; margin-top:10px; }
        th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; }
        th { background:#eef2f7; font-size:12px; }
        td.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
        td.status { color:var(--muted); font-size:12px; }
        tr.suppressed td.num { color:var(--muted); text-align:center; }
        select { font:inherit; padding:2px 4px; }
        .charts { display:grid; grid-template-columns:repeat(auto-fill, minmax(520px, 1fr)); gap:12px; }
        figure { margin:0; } figure img { width:100%; border:1px solid var(--line); border-radius:4px; }
        .na, .hint { color:var(--muted); }
        footer { padding:8px 28px 24px; color:var(--muted); font-size:12px; }
        """;

    public const string Script = """
        (function () {
          var select = document.getElementById('breakdown');
          if (!select) { return; }
          function show() {
            var tables = document.querySelectorAll('table.cells');
            for (var i = 0; i < tables.length; i++) {
              tables[i].hidden = tables[i].getAttribute('data-breakdown') !== select.value;
            }
          }
          select.addEventListener('change', show);
          show();
        })();
        """;
}
