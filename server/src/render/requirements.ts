// The preview's "Requirements" panel: the audit checklist of the plan's
// requirement sets (features/audit.ts), collapsed, under the readiness banner.

import { h } from 'hastscript';
import type { Element } from 'hast';
import { AUDIT_MARK, type Audit } from '../features/audit';

export function requirementsPanel(audit: Audit | undefined): Element | '' {
  if (!audit || audit.sets.length === 0) return '';
  const summary =
    audit.notMet === 0 ? 'Requirements: every requirement checked is met' : `Requirements: ${audit.notMet} not met`;
  return h('details', { className: ['requirements', audit.notMet ? 'not-met' : 'met'] }, [
    h('summary', summary),
    ...audit.sets.map((set) =>
      h('section', [
        h('h3', set.name),
        h(
          'ul',
          set.lines.map((l) =>
            h('li', { className: [l.state.replace(' ', '-')], title: l.source }, [
              h('span', { className: ['mark'] }, AUDIT_MARK[l.state]),
              ` ${l.what}`,
              l.state === 'not checked' ? ' (not checked: turned off in the config)' : '',
              l.findings.length
                ? h('span', { className: ['lines'] }, ` line ${l.findings.map((f) => f.line).join(', ')}`)
                : '',
            ]),
          ),
        ),
      ]),
    ),
  ]);
}
