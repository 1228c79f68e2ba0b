import { describe, expect, it } from 'vitest';
import { addRevision, newPlanText, toggleStep } from '../../server/src/features/edits';
import { complete } from '../../server/src/features/completion';
import { goalLenses } from '../../server/src/features/outline';
import { applyFixes } from '../../server/src/fixes';
import { lint } from '../../server/src/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';

const library = testLibrary();
const check = (text: string) => lint(parsePlan(text), { today: '2026-11-28', library, fileName: 'x.plan.md' }).map((d) => `${d.rule}: ${d.message}`);
const edit = (text: string, edits: Parameters<typeof applyFixes>[1][number]['edits']) => applyFixes(text, [{ title: '', edits }]).text;

describe('new plan from modules', () => {
  for (const style of ['informal', 'formal'] as const) {
    for (const payer of ['self-pay', 'insurance'] as const) {
      for (const severity of ['mild', 'moderate', 'severe'] as const) {
        it(`checks clean: ${style}, ${payer}, ${severity}`, () => {
          const modules = library.modules.filter((m) => ['depression', 'trauma', 'insomnia'].includes(m.id));
          const text = newPlanText({ modules, style, payer, severity, today: '2026-11-28' }, library);
          expect(check(text)).toEqual([]);
          expect(text.includes('## Safety plan')).toBe(severity === 'severe');
        });
      }
    }
  }

  it('checks clean for every module', () => {
    for (const m of library.modules) {
      expect(check(newPlanText({ modules: [m], style: 'formal', payer: 'insurance', severity: 'moderate', today: '2026-11-28' }, library)), m.id).toEqual([]);
    }
  });
});

describe('revisions and steps', () => {
  const PLAN = '---\nclient: J.D.\nclinician: A. Rivera\ncreated: 2026-11-02\nupdated: 2026-11-10\nrevisions:\n  - date: 2026-11-10\n    summary: First review.\n---\n\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n- Call a friend weekly\n';

  it('appends a revision after the last one and bumps updated', () => {
    const out = edit(PLAN, addRevision(parsePlan(PLAN), '2026-11-28', 'Added a step # after review'));
    expect(out).toContain('updated: 2026-11-28\n');
    expect(out).toContain('  - date: 2026-11-10\n    summary: First review.\n  - date: 2026-11-28\n    summary: "Added a step # after review"\n---');
    expect(check(out).filter((d) => d.startsWith('frontmatter') || d.startsWith('dates'))).toEqual([]);
  });

  it('toggles a box, and adds one to a plain item', () => {
    const plan = parsePlan(PLAN);
    expect(edit(PLAN, [toggleStep(plan, 16)!])).toContain('- [x] Walk daily');
    expect(edit(PLAN, [toggleStep(plan, 17)!])).toContain('- [x] Call a friend weekly');
    expect(toggleStep(plan, 10)).toBeUndefined();
    const met = PLAN.replace('- [ ] Walk', '- [x] Walk');
    expect(edit(met, [toggleStep(parsePlan(met), 16)!])).toContain('- [ ] Walk daily');
  });
});

describe('completion contexts', () => {
  const PLAN = '---\nclient: J.D.\nseverity: moderate\ncreated: 2026-11-02\nreview: \n\n---\n\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] \n';
  const at = (line: number, character: number) => complete({ plan: parsePlan(PLAN), position: { line, character }, line: PLAN.split('\n')[line]!, library, today: '2026-11-28' });

  it('puts the review date the severity allows first', () => {
    expect(at(4, 8).map((c) => [c.label, c.detail])[0]).toEqual(['2027-01-31', '90 days after the plan was created (the moderate interval)']);
  });

  it('offers the keys not yet used on an empty frontmatter line', () => {
    const keys = at(5, 0).map((c) => c.label);
    expect(keys).toContain('clinician');
    expect(keys).not.toContain('client');
  });

  it("offers the grief module's steps in its Steps list", () => {
    expect(at(14, 6)[0]).toMatchObject({ kind: 'step', snippet: true });
  });
});

describe('code lens', () => {
  it('says how many steps are met and what is due or overdue', () => {
    const plan = parsePlan('---\nclient: J.D.\n---\n\n## Problem: Grief\n\n### Goal: Sleep\n\n#### Steps\n\n- [x] A, by 2026-11-01\n- [ ] B, by 2026-11-20\n- [ ] C, by 2027-01-05\n- [ ] D, by 2026-12-01\n');
    expect(goalLenses(plan, '2026-11-28').map((l) => l.title)).toEqual(['1 of 4 steps met · 1 overdue since 2026-11-20 · next due 2026-12-01']);
  });
});
