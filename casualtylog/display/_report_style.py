"""The stylesheet of :func:`casualtylog.display.report.report`, inlined in the page.

A separate module because it is data, not code: the layout for a screen, the
narrower one for a phone and the print styles. The page refers to nothing
outside itself, so this text is all its style.
"""

from __future__ import annotations

__all__: list[str] = []

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1a1a1a; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #ddd; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.4rem; overflow-wrap: anywhere; }
h4 { font-size: 1rem; margin: 0.9rem 0 0.3rem; }
p.meta, .muted { color: #555; font-size: 0.9rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0.4rem 0; }
th, td { padding: 0.3rem 0.7rem; text-align: left; vertical-align: top; border-bottom: 1px solid #e4e4e4; }
th { border-bottom: 1px solid #999; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.when { white-space: nowrap; }
span.part { white-space: nowrap; }
table.cards td:empty::before { content: none; }
td.count a { color: inherit; }
td.who { min-width: 11rem; }
.warning { color: #b00020; }
article.count { border: 1px solid #ddd; border-radius: 6px; padding: 0.9rem 1rem; margin: 1rem 0; }
p.figure { font-size: 1.05rem; margin: 0.2rem 0 0.6rem; }
p.figure b { font-size: 1.3rem; font-variant-numeric: tabular-nums; }
svg.timeline { display: block; width: 100%; height: auto; max-width: 40rem; font: 12px system-ui, sans-serif; }
svg .grid { stroke: #e6e6e6; stroke-width: 1; }
svg .axis { stroke: #888; stroke-width: 1; }
svg .tick, svg .caption { fill: #444; }
svg .band { fill: #9ecae1; fill-opacity: 0.5; }
svg .band.open { fill-opacity: 0.25; }
svg .best { fill: none; stroke: #222; stroke-width: 2.2; }
svg .said-day, svg .claim-range { stroke-width: 1.6; opacity: 0.8; }
svg .claim { stroke: #fff; stroke-width: 0.8; }
ul.legend { list-style: none; padding: 0; margin: 0.3rem 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem;
  font-size: 0.9rem; }
ul.legend li { display: flex; align-items: center; gap: 0.4rem; }
span.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; flex: none; }
span.swatch.best { border-radius: 0; height: 0.2rem; background: #222; }
span.swatch.band { border-radius: 0; background: #9ecae1; }
pre.explain { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 0.6rem 0.8rem;
  border-radius: 4px; font-size: 0.85rem; margin: 0; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
dl.provenance dt { font-weight: 600; }
dl.provenance dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
blockquote { margin: 0; padding-left: 0.7rem; border-left: 3px solid #ccc; font-style: italic; }
code { font-size: 0.85em; overflow-wrap: anywhere; }
ul.findings li { margin: 0.3rem 0; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  table.cards thead { display: none; }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards tr { border-bottom: 1px solid #ccc; padding: 0.4rem 0; }
  table.cards td { border: 0; padding: 0.1rem 0; text-align: left; white-space: normal; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; color: #555; }
  table.cards td.count { font-weight: 600; overflow-wrap: anywhere; }
  table.cards td.count::before { content: none; }
  table.cards span.part { white-space: normal; }
  main { padding: 0.6rem 0.7rem 2rem; }
  article.count { padding: 0.6rem; }
  dl.provenance { grid-template-columns: 1fr; }
  dl.provenance dd { margin-bottom: 0.4rem; }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  article.count { break-inside: avoid; border-color: #bbb; }
  h2 { break-after: avoid; }
  svg.timeline { max-width: 17cm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""
