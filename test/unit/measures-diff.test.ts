// `tplan diff` names the scores added, removed or corrected between two
// versions, one line each, instead of "Section 'Measures' changed"; a note or
// the section's prose changed is still a change of the section.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../server/src/history/diff';
import { describeChange, markdownSummary, revisionSummary } from '../../server/src/history/summary';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { ROOT } from '../helpers/library';

const NEW = readFileSync(path.join(ROOT, 'examples', 'measurement-based-depression.plan.md'), 'utf8');
const OLD = NEW.replace('| 2026-11-24 | PHQ-9 | 8 | |\n| 2026-11-24 | GAD-7 | 5 | |\n', '').replace(
  '| 2026-11-10 | PHQ-9 | 9 |',
  '| 2026-11-10 | PHQ-9 | 10 |',
);
const said = (a: string, b: string) => diffPlans(parsePlan(a), parsePlan(b)).map(describeChange);

describe('scores between two versions', () => {
  it('are named one by one, in place of the section changed', () => {
    expect(said(OLD, NEW)).toEqual([
      'Score corrected: PHQ-9 10 on 2026-11-10 → PHQ-9 9 on 2026-11-10.',
      'Score added: PHQ-9 8 on 2026-11-24.',
      'Score added: GAD-7 5 on 2026-11-24.',
    ]);
    expect(said(NEW, OLD)).toContain('Score removed: GAD-7 5 on 2026-11-24.');
    const changes = diffPlans(parsePlan(OLD), parsePlan(NEW));
    expect(revisionSummary(changes)).toBe('2 scores added; 1 score corrected.');
    expect(markdownSummary(changes, 'Changes')).toContain('**Measures**\n\n- Score corrected');
  });

  it('are no change when the rows only move, and a changed note is the section changed', () => {
    const lines = NEW.split('\n');
    const first = lines.findIndex((l) => l.startsWith('| 2026-09-01'));
    const last = lines.findIndex((l) => l.startsWith('| 2026-11-24 | GAD-7'));
    const reversed = [...lines.slice(0, first), ...lines.slice(first, last + 1).reverse(), ...lines.slice(last + 1)];
    expect(said(NEW, reversed.join('\n'))).toEqual([]);
    expect(said(NEW, NEW.replace('| started part-time work |', '| started full-time work |'))).toEqual([
      "Section 'Measures' changed.",
    ]);
  });
});
