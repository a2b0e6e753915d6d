"""The fixed parts of the HTML report: its stylesheet, its filter script, the page shell.

They live in Python rather than in package data so the report needs no packaging
configuration. The Content-Security-Policy allows exactly these two inline blocks, by
hash, and nothing else: a report opened from a mail or a CI artifact loads nothing from
anywhere, and a ``<script>`` that slipped into article text could not run.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root {
  color-scheme: light dark;
  --bg: #f4f5f7;
  --surface: #ffffff;
  --sunken: #f8f9fb;
  --text: #16191d;
  --muted: #555e69;
  --border: #dde1e6;
  --focus: #1f6feb;
  --mark: #ffe27a;
  --mark-text: #16191d;
  --red: #b42318;
  --red-bg: #fdecea;
  --red-line: #e5484d;
  --green: #0f6b3e;
  --green-bg: #e6f6ec;
  --green-line: #2f9e5c;
  --amber: #8a4b00;
  --amber-bg: #fff4db;
  --amber-line: #e59c1a;
  --violet: #5b2bb5;
  --violet-bg: #f1ebff;
  --violet-line: #8b5cf6;
  --grey: #4a5260;
  --grey-bg: #eef0f3;
  --grey-line: #a3abb7;
  --mono: ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111318;
    --surface: #1a1d23;
    --sunken: #15181d;
    --text: #e8eaed;
    --muted: #a3acb8;
    --border: #2e333b;
    --focus: #6ea8ff;
    --mark: #6b5a12;
    --mark-text: #fff8d6;
    --red: #ff9c94;
    --red-bg: #3a1d1d;
    --red-line: #e5484d;
    --green: #7fd6a2;
    --green-bg: #16301f;
    --green-line: #2f9e5c;
    --amber: #ffc766;
    --amber-bg: #35280d;
    --amber-line: #e59c1a;
    --violet: #c4a8ff;
    --violet-bg: #2a2142;
    --violet-line: #8b5cf6;
    --grey: #b8c0cc;
    --grey-bg: #262a31;
    --grey-line: #6b7380;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif;
}
.wrap { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
code, pre { font-family: var(--mono); font-size: .85em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
[hidden] { display: none !important; }

.top {
  background: var(--surface);
  border-bottom: 1px solid var(--border);
  padding: 1.75rem 0 1.5rem;
}
.eyebrow {
  margin: 0;
  font-size: .8rem;
  font-weight: 600;
  letter-spacing: .08em;
  text-transform: uppercase;
  color: var(--muted);
}
h1 {
  margin: .2rem 0 .1rem;
  font-size: clamp(1.5rem, 4vw, 2rem);
  line-height: 1.2;
  letter-spacing: -.015em;
}
.headline { margin: 0; font-size: 1.05rem; color: var(--muted); }
.counts {
  display: flex;
  flex-wrap: wrap;
  gap: .5rem;
  margin: 1.1rem 0 0;
  padding: 0;
  list-style: none;
}
.counts li {
  padding: .3rem .8rem;
  border-radius: 999px;
  font-size: .9rem;
  font-weight: 600;
  color: var(--fg);
  background: var(--tint);
}
.counts a { color: inherit; text-decoration-thickness: 1px; text-underline-offset: 3px; }
.counts b { font-variant-numeric: tabular-nums; font-size: 1rem; }
.run { display: flex; flex-wrap: wrap; gap: .25rem 1.75rem; margin: 1rem 0 0; }
.run div { display: flex; gap: .4rem; align-items: baseline; }
.run dt { font-size: .8rem; color: var(--muted); }
.run dd { margin: 0; font-weight: 600; }
.banner {
  margin: 1rem 0 0;
  padding: .6rem .9rem;
  border-radius: 8px;
  background: var(--amber-bg);
  color: var(--amber);
  font-weight: 600;
}

.filters {
  margin: 1.5rem 0 1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 12px;
}
.filters summary {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: .25rem 1rem;
  padding: .7rem 1rem;
  cursor: pointer;
}
.filters summary::-webkit-details-marker { display: none; }
.filters summary::before { content: "\\25BE"; color: var(--muted); transform: rotate(-90deg); }
.filters details[open] summary::before { transform: none; }
.filter-title { font-weight: 650; }
#shown { font-size: .875rem; color: var(--muted); }
.filter-groups { display: flex; flex-wrap: wrap; gap: .75rem 2rem; padding: .1rem 1rem 1rem; }
.filters fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
.filters legend {
  padding: 0;
  margin-bottom: .35rem;
  font-size: .75rem;
  font-weight: 600;
  letter-spacing: .06em;
  text-transform: uppercase;
  color: var(--muted);
}
.toggles { display: flex; flex-wrap: wrap; gap: .375rem; }
.toggles label {
  display: inline-flex;
  align-items: center;
  gap: .4rem;
  padding: .2rem .7rem .2rem .5rem;
  border: 1px solid var(--border);
  border-radius: 999px;
  font-size: .875rem;
  cursor: pointer;
  user-select: none;
  background: var(--sunken);
}
.toggles label:has(input:checked) { border-color: var(--text); background: var(--surface); }
.toggles label:has(input:not(:checked)) { color: var(--muted); text-decoration: line-through; }
.toggles input { margin: 0; accent-color: var(--text); }

.section-title { margin: 2rem 0 .75rem; font-size: 1.1rem; }
.rule {
  margin: 0 0 1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-left: 5px solid var(--line);
  border-radius: 12px;
  overflow: hidden;
}
.rule > summary {
  display: grid;
  grid-template-columns: auto 1fr auto;
  gap: .2rem .85rem;
  align-items: start;
  padding: 1rem 1.25rem;
  cursor: pointer;
  list-style: none;
}
.rule > summary::-webkit-details-marker { display: none; }
.rule > summary::after {
  content: "\\25BE";
  color: var(--muted);
  transition: transform .15s;
  transform: rotate(-90deg);
}
.rule[open] > summary::after { transform: none; }
.rule > summary:hover h3 { text-decoration: underline; text-underline-offset: 3px; }
.rule-head { display: block; min-width: 0; }
.rule h3 { margin: 0; font-size: 1.1rem; line-height: 1.35; }
.meta {
  display: flex;
  flex-wrap: wrap;
  gap: .15rem .9rem;
  margin: .3rem 0 0;
  padding: 0;
  list-style: none;
  font-size: .825rem;
  color: var(--muted);
}
.meta code { font-size: .95em; overflow-wrap: anywhere; }
.rule-body { padding: 0 1.25rem 1.25rem; }
.fact {
  display: flex;
  flex-wrap: wrap;
  gap: .25rem 1rem;
  align-items: baseline;
  margin: 0 0 1rem;
  padding: .7rem 1rem;
  background: var(--sunken);
  border: 1px solid var(--border);
  border-radius: 10px;
}
.fact-label {
  font-size: .75rem;
  font-weight: 600;
  letter-spacing: .06em;
  text-transform: uppercase;
  color: var(--muted);
}
.fact-value { font-size: 1.1rem; font-weight: 650; }
.fact-note { flex-basis: 100%; margin: 0; color: var(--muted); font-size: .925rem; }
.groups { flex-basis: 100%; margin-top: .35rem; }
.groups ol { margin: .2rem 0 0; padding-left: 1.4rem; }
.tags { display: inline-flex; flex-wrap: wrap; gap: .3rem; }
.tag {
  padding: 0 .45rem;
  border-radius: 4px;
  background: var(--grey-bg);
  color: var(--grey);
  font-size: .8rem;
}

.badge {
  display: inline-flex;
  align-items: center;
  gap: .3rem;
  padding: .15rem .6rem;
  border-radius: 999px;
  font-size: .8rem;
  font-weight: 700;
  white-space: nowrap;
  color: var(--fg);
  background: var(--tint);
}
.badge-icon { font-size: .95em; }
.o-failed, .v-contradicts { --fg: var(--red); --tint: var(--red-bg); --line: var(--red-line); }
.o-passed, .v-agrees { --fg: var(--green); --tint: var(--green-bg); --line: var(--green-line); }
.o-error, .v-error { --fg: var(--violet); --tint: var(--violet-bg); --line: var(--violet-line); }
.v-unclear, .o-xpassed { --fg: var(--amber); --tint: var(--amber-bg); --line: var(--amber-line); }
.o-skipped, .o-xfailed, .v-silent {
  --fg: var(--grey);
  --tint: var(--grey-bg);
  --line: var(--grey-line);
}
.severity { display: inline-flex; align-items: center; gap: .35rem; }
.severity::before {
  content: "";
  width: .55rem;
  height: .55rem;
  border-radius: 50%;
  background: var(--dot);
}
.s-error { --dot: var(--red-line); }
.s-warning { --dot: var(--amber-line); }
.s-info { --dot: var(--grey-line); }

.sources {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr));
  gap: .85rem;
}
.source {
  display: flex;
  flex-direction: column;
  gap: .6rem;
  min-width: 0;
  padding: .9rem 1rem 1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-top: 4px solid var(--line);
  border-radius: 10px;
}
.source-head { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem .5rem; }
.source h4 {
  flex: 1 1 12rem;
  margin: 0;
  font-size: 1rem;
  line-height: 1.35;
  overflow-wrap: anywhere;
}
.folder { font-weight: 400; color: var(--muted); }
.lang {
  padding: .05rem .4rem;
  border: 1px solid var(--border);
  border-radius: 4px;
  font: 600 .75rem/1.4 var(--mono);
  text-transform: uppercase;
  color: var(--muted);
}
.values { margin: 0; font-size: .925rem; color: var(--muted); }
.values strong { color: var(--text); font-weight: 650; }
.source-note { margin: 0; font-size: .925rem; }
.silent { margin: 0; font-size: .925rem; color: var(--muted); font-style: italic; }
figure.evidence { margin: 0; }
.evidence blockquote {
  margin: 0;
  padding: .55rem .8rem;
  border-left: 3px solid var(--line);
  background: var(--sunken);
  border-radius: 0 8px 8px 0;
  white-space: pre-line;
  overflow-wrap: anywhere;
  font: 1.02rem/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
}
.evidence figcaption {
  margin-top: .3rem;
  font-size: .8rem;
  color: var(--muted);
  font-variant-numeric: tabular-nums;
}
mark {
  padding: .05em .2em;
  border-radius: 3px;
  background: var(--mark);
  color: var(--mark-text);
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  font-weight: 600;
}
pre.traceback {
  margin: 0;
  padding: .9rem 1rem;
  overflow: auto;
  border-radius: 8px;
  background: #0f1216;
  color: #e6e9ee;
  font-size: .8rem;
  line-height: 1.5;
  white-space: pre;
}
.problems {
  margin: 0 0 1rem;
  padding: 0;
  list-style: none;
  background: var(--surface);
  border: 1px solid var(--border);
  border-left: 5px solid var(--violet-line);
  border-radius: 12px;
}
.problems li {
  padding: .7rem 1.25rem;
  border-top: 1px solid var(--border);
  overflow-wrap: anywhere;
}
.problems li:first-child { border-top: 0; }
.empty { padding: 1rem 1.25rem; color: var(--muted); }
footer.page { margin: 2.5rem 0 2rem; font-size: .825rem; color: var(--muted); }

@media (max-width: 40rem) {
  .wrap { padding: 0 .85rem; }
  .rule > summary { grid-template-columns: 1fr auto; padding: .9rem 1rem; }
  .rule > summary .badge { grid-column: 1; justify-self: start; }
  .rule-head { grid-column: 1 / -1; grid-row: 2; }
  .rule-body { padding: 0 1rem 1rem; }
}
@media print {
  body { background: #fff; }
  .filters, .rule > summary::after { display: none; }
  .rule { break-inside: avoid; }
}
"""

SCRIPT = """
(() => {
  "use strict";
  const form = document.getElementById("filters");
  const shown = document.getElementById("shown");
  if (window.matchMedia("(max-width: 40rem)").matches) {
    document.getElementById("filter-panel").open = false;
  }
  const rules = Array.from(document.querySelectorAll(".rule"));
  const boxes = (name) => Array.from(form.querySelectorAll(`input[name="${name}"]`));
  const allows = (name, value) => {
    const group = boxes(name);
    return group.length === 0 || group.some((box) => box.checked && box.value === value);
  };
  const preselect = () => {
    const wanted = new URLSearchParams(location.hash.slice(1));
    for (const name of ["outcome", "severity", "lang"]) {
      if (!wanted.has(name)) continue;
      const values = wanted.get(name).split(",");
      for (const box of boxes(name)) box.checked = values.includes(box.value);
    }
  };
  const remember = () => {
    const chosen = new URLSearchParams();
    for (const name of ["outcome", "severity", "lang"]) {
      const group = boxes(name);
      if (group.some((box) => !box.checked)) {
        chosen.set(name, group.filter((box) => box.checked).map((box) => box.value).join(","));
      }
    }
    const hash = chosen.toString().replaceAll("%2C", ",");
    try {
      history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
    } catch (error) {
      /* some browsers refuse history changes on file: pages; the filter still works */
    }
  };
  const apply = () => {
    let count = 0;
    for (const rule of rules) {
      const panels = Array.from(rule.querySelectorAll(".source"));
      for (const panel of panels) panel.hidden = !allows("lang", panel.dataset.lang);
      const anySource = panels.length === 0 || panels.some((panel) => !panel.hidden);
      const wanted =
        allows("outcome", rule.dataset.outcome) && allows("severity", rule.dataset.severity);
      rule.hidden = !(wanted && anySource);
      if (!rule.hidden) count += 1;
    }
    shown.textContent = `${count} of ${rules.length} rules shown`;
  };
  preselect();
  form.addEventListener("change", () => { apply(); remember(); });
  window.addEventListener("hashchange", () => { preselect(); apply(); });
  form.hidden = false;
  apply();
  document.documentElement.dataset.ready = "true";
})();
"""


def _csp_hash(block: str) -> str:
    digest = hashlib.sha256(block.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="factcheck {version}">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
{body}
<script>{script}</script>
</body>
</html>
"""


def page(title: str, body: str, version: str) -> str:
    """The whole document; ``title`` and ``body`` must already be escaped HTML."""
    return PAGE.format(
        csp=CONTENT_SECURITY_POLICY,
        version=version,
        title=title,
        style=STYLE,
        script=SCRIPT,
        body=body,
    )
