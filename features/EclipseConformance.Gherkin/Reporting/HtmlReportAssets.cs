namespace EclipseConformance.Gherkin.Reporting;

/// <summary>The inline stylesheet and script of the HTML report (no external assets).</summary>
internal static class HtmlReportAssets
{
    public const string Css = """
        :root { --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --muted:#57606a; --line:#d0d7de; font-family: system-ui, sans-serif; }
        body { margin:0; color:#1f2328; background:#fff; }
        header { position:sticky; top:0; background:#f6f8fa; border-bottom:1px solid var(--line); padding:.5rem 1rem; z-index:1; }
        h1 { font-size:1.3rem; margin:.2rem 0; } h2 { font-size:1.1rem; } h3 { font-size:1rem; }
        .summary.ok { color:var(--ok); } .summary.bad { color:var(--bad); }
        .controls { display:flex; flex-wrap:wrap; gap:.6rem; align-items:center; }
        #filter { flex:1 1 20rem; padding:.35rem .5rem; font-size:1rem; }
        main { display:flex; gap:1rem; padding:0 1rem; }
        nav { flex:0 0 18rem; font-size:.9rem; } nav ul { padding-left:1rem; } nav li { margin:.2rem 0; }
        .features { flex:1; min-width:0; }
        .feature { border-bottom:1px solid var(--line); padding-bottom:.5rem; }
        .rule { margin-left:.8rem; border-left:3px solid var(--line); padding-left:.8rem; }
        .kw { color:#8250df; font-weight:600; } .loc, .dur, .counts { color:var(--muted); font-size:.85em; }
        .tag { background:#ddf4ff; border-radius:1rem; padding:0 .45rem; margin-right:.3rem; font-size:.8em; }
        .scenario { margin:.35rem 0; border:1px solid var(--line); border-left-width:5px; border-radius:4px; padding:.25rem .6rem; }
        .scenario summary { cursor:pointer; }
        .badge { display:inline-block; min-width:5.5rem; text-align:center; border-radius:3px; color:#fff; font-size:.8em; background:var(--muted); }
        .s-passed { border-left-color:var(--ok); } .s-passed > summary .badge { background:var(--ok); }
        .s-failed, .s-undefined, .s-ambiguous { border-left-color:var(--bad); }
        .s-failed > summary .badge, .s-undefined > summary .badge, .s-ambiguous > summary .badge { background:var(--bad); }
        .s-pending, .s-skipped { border-left-color:var(--warn); }
        .s-pending > summary .badge, .s-skipped > summary .badge { background:var(--warn); }
        .steps { margin:.3rem 0; padding-left:1.4rem; } .steps li { margin:.15rem 0; }
        li.s-failed, li.s-undefined, li.s-ambiguous { color:var(--bad); } li.s-skipped, li.s-not-run { color:var(--muted); }
        li.hook { color:var(--muted); font-size:.85em; } li.bg { font-style:italic; }
        pre { background:#f6f8fa; border:1px solid var(--line); padding:.4rem; overflow:auto; white-space:pre-wrap; font-size:.85em; }
        pre.error { border-color:var(--bad); color:var(--bad); background:#fff5f5; }
        table { border-collapse:collapse; margin:.2rem 0 .2rem 1rem; font-size:.9em; } td { border:1px solid var(--line); padding:.1rem .4rem; }
        .hidden { display:none; }
        """;

    public const string Script = """
        (function () {
          var box = document.getElementById('filter');
          var toggles = Array.prototype.slice.call(document.querySelectorAll('input[data-status]'));
          function apply() {
            var terms = box.value.toUpperCase().split(/\s+/).filter(function (t) { return t.length > 0; });
            var shown = {};
            toggles.forEach(function (t) { shown[t.getAttribute('data-status')] = t.checked; });
            document.querySelectorAll('.feature').forEach(function (feature) {
              var visible = 0;
              feature.querySelectorAll('.scenario').forEach(function (s) {
                var text = s.getAttribute('data-text');
                var ok = shown[s.getAttribute('data-status')] && terms.every(function (t) { return text.indexOf(t) >= 0; });
                s.classList.toggle('hidden', !ok);
                if (ok) { visible++; }
              });
              feature.querySelectorAll('.rule').forEach(function (rule) {
                rule.classList.toggle('hidden', rule.querySelectorAll('.scenario:not(.hidden)').length === 0);
              });
              feature.classList.toggle('hidden', visible === 0 && feature.querySelectorAll('.scenario').length > 0);
            });
          }
          box.addEventListener('input', apply);
          toggles.forEach(function (t) { t.addEventListener('change', apply); });
        })();
        """;
}
