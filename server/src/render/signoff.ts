// The plan's sign-off list, at the end of the preview and the exported page:
// each signature as it is recorded (who, how, when), the one in force and
// the ones it superseded, and whether the plan still reads as signed. It
// says what the plan records, never that a signature was verified.

import { h } from 'hastscript';
import type { Element } from 'hast';
import { signOffLines, signOffWords } from '../features/audit';
import type { Plan } from '../plan/model';
import { line } from './markdown';

export function signOffSection(plan: Plan): Element | '' {
  const lines = signOffLines(plan);
  if (lines.length === 0) return '';
  return h('section', { className: ['sign-off'], ...line(plan.meta.signatures!.range.start.line) }, [
    h('h2', 'Sign-off'),
    h(
      'ul',
      lines.map((l) =>
        h(
          'li',
          { className: [...new Set([l.state, l.covers])].map((c) => c.replace(/ /g, '-')), ...line(l.line - 1) },
          signOffWords(l),
        ),
      ),
    ),
    h(
      'p',
      { className: ['note'] },
      'Each entry records that a signature was given; its digest shows whether the plan changed since, not who signed.',
    ),
  ]);
}
