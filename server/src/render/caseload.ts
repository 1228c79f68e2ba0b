// The caseload report as one printable HTML page: a chart of review dates
// (inline SVG, no script, nothing remote) and one row per plan, most urgent
// first. Every plan-supplied word is escaped.

import { dayNumber } from '../plan/dates';
import { GROUP_TITLES, type CaseloadRow } from '../features/caseload';
import { escapeHtml as e } from '../base/escape';

/** "in 12 days", "today", "3 days ago". */
export function relativeDays(n: number): string {
  if (n === 0) return 'today';
  const d = `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
  return n > 0 ? `in ${d}` : `${d} ago`;
}

/** Review dates on a line, today marked: overdue red, within 14 days amber, later grey. */
function chart(rows: readonly CaseloadRow[], today: string): string {
  const dated = rows.filter((r) => r.review !== undefined && r.reviewInDays !== undefined);
  if (dated.length === 0) return '';
  const t = dayNumber(today);
  const days = dated.map((r) => dayNumber(r.review!));
  const min = Math.min(t, ...days);
  const max = Math.max(t + 1, ...days);
  const width = 760;
  const sorted = dated.map((r) => r.review!).sort();
  const pad = 40;
  const x = (d: number) => (pad + ((d - min) / (max - min)) * (width - 2 * pad)).toFixed(1);
  const near = (d: number) => Math.abs(Number(x(d)) - Number(x(t))) < 90;
  // Today's label stands above the line, turned inwards at either end.
  const anchor = Number(x(t)) < width / 3 ? 'start' : Number(x(t)) > (2 * width) / 3 ? 'end' : 'middle';
  // Plans due on the same day stack upwards.
  const stack = new Map<number, number>();
  const dots = dated
    .map((r, i) => {
      const d = days[i]!;
      const k = stack.get(d) ?? 0;
      stack.set(d, k + 1);
      const colour = r.reviewInDays! < 0 ? '#b00020' : r.reviewInDays! <= 14 ? '#b26a00' : '#666';
      return `<circle cx="${x(d)}" cy="${(70 - Math.min(k, 12) * 5).toFixed(1)}" r="4" fill="${colour}"><title>${e(r.client ?? r.file)}: review ${e(r.review!)}</title></circle>`;
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="Review dates of ${dated.length} plans, today marked" viewBox="0 0 ${width} 100" width="${width}" height="100">
<line x1="${pad}" y1="80" x2="${width - pad}" y2="80" stroke="#999"/>
<line x1="${x(t)}" y1="14" x2="${x(t)}" y2="86" stroke="#000" stroke-dasharray="3 2"/>
<text x="${x(t)}" y="10" text-anchor="${anchor}" font-size="11">today ${e(today)}</text>
${near(min) ? '' : `<text x="${x(min)}" y="98" text-anchor="middle" font-size="11">${e(sorted[0]!)}</text>`}
${near(max) ? '' : `<text x="${x(max)}" y="98" text-anchor="middle" font-size="11">${e(sorted.at(-1)!)}</text>`}
${dots}</svg>`;
}

export function caseloadHtml(rows: readonly CaseloadRow[], today: string, notImprovingFirst = false): string {
  const body = rows
    .map((r) => {
      const review = r.review
        ? `${e(r.review)}${r.reviewInDays !== undefined ? `<br><small>${relativeDays(r.reviewInDays)}</small>` : ''}`
        : '—';
      return `<tr class="${r.group}"><td>${e(r.file)}</td><td>${e(r.client ?? '—')}</td><td>${e(r.status ?? '—')}</td><td>${review}</td><td>${r.steps.overdue}</td><td>${r.steps.open}</td><td>${r.steps.met}</td><td>${r.goals.met} of ${r.goals.total}</td><td>${e(r.risk ?? '—')}</td><td>${r.signed ? (r.signatureStale ? 'stale' : 'yes') : 'no'}</td><td>${r.errors}</td><td>${r.warnings}</td><td>${r.ready ? 'yes' : 'no'}</td><td>${r.measures.length ? r.measures.map((m) => `${m.notImproving ? '<strong>' : ''}${e(m.text)}${m.notImproving ? '</strong>' : ''}`).join('<br>') : '—'}</td></tr>`;
    })
    .join('\n');
  const counts = (Object.keys(GROUP_TITLES) as Array<keyof typeof GROUP_TITLES>)
    .map((g) => [GROUP_TITLES[g], rows.filter((r) => r.group === g).length] as const)
    .filter(([, n]) => n > 0)
    .map(([title, n]) => `${e(title)}: ${n}`)
    .join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Caseload report, ${e(today)}</title>
<style>
body{font:13px/1.4 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ccc;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{font-size:12px}tr.overdue td:first-child{border-left:4px solid #b00020}tr.due-soon td:first-child{border-left:4px solid #b26a00}
small{color:#444}td:nth-child(4){white-space:nowrap}.chart{max-width:100%;height:auto}
@media print{body{margin:0}tr{break-inside:avoid}}
</style></head><body>
<h1>Caseload report</h1>
<p>${rows.length} plan${rows.length === 1 ? '' : 's'} as of ${e(today)}, ${notImprovingFirst ? 'those not improving first, then most urgent' : 'most urgent first'}. ${counts}</p>
${chart(rows, today)}
<table><thead><tr><th>Plan</th><th>Client</th><th>Status</th><th>Next review</th><th>Steps overdue</th><th>Steps open</th><th>Steps met</th><th>Goals met</th><th>Risk</th><th>Signed</th><th>Errors</th><th>Warnings</th><th>Ready to share</th><th>Measures (first → latest)</th></tr></thead>
<tbody>
${body}
</tbody></table>
</body></html>
`;
}
