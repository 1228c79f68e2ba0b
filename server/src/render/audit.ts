// The audit as one printable HTML page: each plan's checklist with the
// words of each source, its sign-off (which signature was in force from when
// to when, as recorded), and whether it is ready to share. No script,
// nothing remote, a line for a supervisor's signature at the end.

import { AUDIT_MARK, signOffWords, type Audit } from '../features/audit';
import { escapeHtml } from '../base/escape';

export interface AuditedPlan {
  file: string;
  client?: string;
  audit: Audit;
}

const e = escapeHtml;

function setTable(s: Audit['sets'][number]): string {
  const own =
    s.kind === 'product' ? ' <small>(the product’s own recommendations, not a payer’s or accreditor’s)</small>' : '';
  const rows = s.lines
    .map(
      (l) =>
        `<tr class="${l.state.replace(' ', '-')}"><td class="mark">${AUDIT_MARK[l.state]}</td><td>${e(l.what)}${
          l.state === 'not checked' ? ' <em>(not checked: the rule is turned off in the config)</em>' : ''
        }${l.findings.length ? `<ul>${l.findings.map((f) => `<li>line ${f.line}: ${e(f.message)} <code>${e(l.rule)}</code></li>`).join('')}</ul>` : ''}</td><td class="source">${e(l.source)}<br><q>${e(l.says)}</q></td></tr>`,
    )
    .join('\n');
  return `<h3>${e(s.name)}${own}</h3>
<table><thead><tr><th></th><th>Requirement</th><th>Source, and what it says</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function signOffList(a: Audit): string {
  const dates = `<p>Created ${e(a.created ?? 'not recorded')}; first clinician signature ${e(a.firstClinicianSignature ?? 'none recorded')}.</p>`;
  if (a.signOff.length === 0) return `<h3>Sign-off</h3>${dates}<p>No signature recorded.</p>`;
  return `<h3>Sign-off</h3>${dates}
<ul class="sign-off">${a.signOff.map((l) => `<li class="${l.state.replace(' ', '-')}">${e(signOffWords(l))} <small>(line ${l.line})</small></li>`).join('')}</ul>
<p class="note">A signature entry is a record, written in the plan, that a signature was given; its digest shows whether the plan changed since, not who signed.</p>`;
}

export function auditHtml(plans: readonly AuditedPlan[], today: string): string {
  const body = plans
    .map((p) => {
      const sets = p.audit.sets.length
        ? p.audit.sets.map(setTable).join('\n')
        : '<p>No requirement set applies to this plan: add <code>requirements:</code> to its frontmatter or the config.</p>';
      const met =
        p.audit.notMet === 0
          ? 'Every requirement checked is met.'
          : `${p.audit.notMet} requirement${p.audit.notMet === 1 ? '' : 's'} not met.`;
      const ready = p.audit.ready ? 'Ready to share.' : `Not ready to share (${e(p.audit.notReadyBecause ?? '')}).`;
      return `<section><h2>${e(p.file)}${p.client ? ` <small>client ${e(p.client)}</small>` : ''}</h2>
<p class="summary">${met} ${ready}</p>
${sets}
${signOffList(p.audit)}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Treatment plan audit, ${e(today)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
td.mark{width:1.5rem;font-weight:bold}tr.not-met td.mark{color:#b00020}tr.met td.mark{color:#1b5e20}
td.source{font-size:12px;color:#444;width:40%}ul{margin:.25rem 0 0 1rem;padding:0}
ul.sign-off li.superseded{color:#555}.note{font-size:12px;color:#444}
.sign{margin-top:3rem}.sign span{display:inline-block;border-top:1px solid #000;min-width:18rem;margin-right:2rem;padding-top:.25rem}
@media print{body{margin:0}section{break-inside:avoid-page}}
</style></head><body>
<h1>Treatment plan audit</h1>
<p>Checked on ${e(today)} against the requirement sets each plan is held to. A ✔ means the rule found nothing; it is not legal or billing advice.</p>
${body}
<p class="sign"><span>Reviewed by</span><span>Date</span></p>
</body></html>
`;
}
