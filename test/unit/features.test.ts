import { describe, expect, it } from 'vitest';
import { addRevision, toggleStep } from '../../server/src/text/edits';
import { newPlanText } from '../../server/src/features/newPlan';
import { complete, type Completion } from '../../server/src/features/completion';
import { MAX_FULL_OUTLINE, documentSymbols, goalLenses, type PlanSymbol } from '../../server/src/features/outline';
import { generatePlan } from '../helpers/generate';
import { applyFixes } from '../../server/src/lint/fixes';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';
import { CLINICIAN_DECIDES, fillIn, unknownParentheticals } from '../helpers/generated';

const library = testLibrary();
const check = (text: string) =>
  lint(parsePlan(text), { today: '2026-11-28', library, fileName: 'x.plan.md' }).map((d) => `${d.rule}: ${d.message}`);
const edit = (text: string, edits: Parameters<typeof applyFixes>[1][number]['edits']) =>
  applyFixes(text, [{ title: '', edits }]).text;

describe('new plan from modules', () => {
  const lintAll = (text: string) => lint(parsePlan(text), { today: '2026-11-28', library, fileName: 'x.plan.md' });
  /** Holds a generated plan to what generators promise, and returns its findings. */
  const holds = (text: string) => {
    expect(unknownParentheticals(text, library)).toEqual([]);
    const found = lintAll(text);
    // Never ready as it comes: the placeholders are findings until replaced.
    expect(found.some((d) => d.rule === 'placeholder' && d.severity === 'error')).toBe(true);
    expect(
      found.filter((d) => !CLINICIAN_DECIDES.has(d.rule) && !CLINICIAN_DECIDES.has(`${d.rule}#${d.messageId}`)),
    ).toEqual([]);
    // And ready once the clinician writes their own words.
    expect(check(fillIn(text, '2026-11-28'))).toEqual([]);
    return found;
  };

  for (const style of ['informal', 'formal'] as const) {
    for (const payer of ['self-pay', 'insurance'] as const) {
      for (const severity of ['mild', 'moderate', 'severe'] as const) {
        it(`leaves only the clinician's decisions: ${style}, ${payer}, ${severity}`, () => {
          const modules = library.modules.filter((m) => ['depression', 'trauma', 'insomnia'].includes(m.id));
          const text = newPlanText({ modules, style, payer, severity, today: '2026-11-28' }, library);
          holds(text);
          // A safety plan is keyed to risk, not severity: none of these modules is a risk signal.
          expect(text).not.toContain('## Safety plan');
        });
      }
    }
  }

  it("leaves only the clinician's decisions for every module, and an empty plan", () => {
    for (const m of [...library.modules.map((m) => [m]), []]) {
      const text = newPlanText(
        { modules: m, style: 'formal', payer: 'insurance', severity: 'moderate', today: '2026-11-28' },
        library,
      );
      holds(text);
    }
  });

  it('writes no diagnosis, review date or reviewed date the clinician did not give', () => {
    const depression = library.modules.filter((m) => m.id === 'depression');
    const base = { modules: depression, style: 'formal', severity: 'severe', today: '2026-11-28' } as const;
    const selfPay = newPlanText({ ...base, payer: 'self-pay' }, library);
    expect(selfPay).not.toMatch(/diagnoses:|F3\d/);
    const none = newPlanText({ ...base, payer: 'insurance' }, library);
    expect(none).toContain('  - code: (ICD-10-CM code)');
    expect(none).not.toMatch(/F3\d\.\d/);
    const picked = newPlanText({ ...base, payer: 'insurance', diagnoses: ['F33.1'] }, library);
    expect(picked).toContain('  - code: F33.1\n    name: Major depressive disorder, recurrent, moderate\n');
    expect(picked.match(/code: /g)).toHaveLength(1);
    for (const text of [selfPay, none, picked]) {
      expect(text).toMatch(/^review: YYYY-MM-DD {2}# on or before 2026-12-28 \(1 month, the severe interval\)$/m);
      expect(text).not.toMatch(/reviewed: \d/);
      expect(text).toContain('status: draft');
    }
  });

  it('adds a safety plan outline for the suicidal-thoughts module, and asks for the risk level', () => {
    const modules = library.modules.filter((m) => m.id === 'suicidal-thoughts');
    const text = newPlanText({ modules, style: 'informal', severity: 'mild', today: '2026-11-28' }, library);
    expect(text).toContain('## Safety plan');
    const rules = holds(text).map((d) => `${d.rule}#${d.messageId}`);
    expect(rules).toContain('risk-level#missing');
    expect(rules).toContain('safety-plan#emptyPart');
  });
});

describe('revisions and steps', () => {
  const PLAN =
    '---\nclient: J.D.\nclinician: A. Rivera\ncreated: 2026-11-02\nupdated: 2026-11-10\nrevisions:\n  - date: 2026-11-10\n    summary: First review.\n---\n\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n- Call a friend weekly\n';

  it('appends a revision after the last one and bumps updated', () => {
    const out = edit(PLAN, addRevision(parsePlan(PLAN), '2026-11-28', 'Added a step # after review'));
    expect(out).toContain('updated: 2026-11-28\n');
    expect(out).toContain(
      '  - date: 2026-11-10\n    summary: First review.\n  - date: 2026-11-28\n    summary: "Added a step # after review"\n---',
    );
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
  const PLAN =
    '---\nclient: J.D.\nseverity: moderate\ncreated: 2026-11-02\nreview: \n\n---\n\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] \n';
  const at = (line: number, character: number) =>
    complete({
      plan: parsePlan(PLAN),
      position: { line, character },
      line: PLAN.split('\n')[line]!,
      library,
      today: '2026-11-28',
    });

  it('puts the review date the severity allows first', () => {
    expect(at(4, 8).map((c) => [c.label, c.detail])[0]).toEqual([
      '2027-02-02',
      '3 months after the plan was created (the moderate interval)',
    ]);
  });

  it('offers the keys not yet used on an empty frontmatter line', () => {
    const keys = at(5, 0).map((c) => c.label);
    expect(keys).toContain('clinician');
    expect(keys).not.toContain('client');
  });

  it("offers the grief module's steps in its Steps list, labelled by their start, in full in the documentation", () => {
    const steps = at(14, 6);
    expect(steps[0]).toMatchObject({ kind: 'step', snippet: true });
    const grief = library.byId('grief')!;
    steps.forEach((c, i) => {
      const full = grief.steps[i]!.replace(/,? by YYYY-MM-DD$/, '');
      expect(c.label.length).toBeLessThanOrEqual(48);
      expect(full.startsWith(c.label.replace(/…$/, ''))).toBe(true);
      expect(c.documentation).toBe(full);
      expect(c.filterText).toBe(full);
      // Plan items sort before anything else the editor offers (its snippets use other sort keys).
      expect(c.sortText).toBe(`0${String(i).padStart(2, '0')}`);
    });
    expect(steps.some((c) => c.label.endsWith('…'))).toBe(true);
  });

  it('does not offer a step the list already holds', () => {
    const grief = library.byId('grief')!;
    const written = grief.steps[0]!.replace(/YYYY-MM-DD$/, '2027-01-15');
    const text = PLAN.replace('- [ ] \n', `- [x] ${written}\n- [ ] \n`);
    const steps = complete({
      plan: parsePlan(text),
      position: { line: 15, character: 6 },
      line: '- [ ] ',
      library,
      today: '2026-11-28',
    });
    const first = grief.steps[0]!.replace(/,? by YYYY-MM-DD$/, '');
    expect(steps.map((c) => c.filterText)).not.toContain(first);
    expect(steps.map((c) => c.filterText)).toEqual(grief.steps.slice(1).map((x) => x.replace(/,? by YYYY-MM-DD$/, '')));
  });

  it('offers a module as a whole problem section first, then its name alone', () => {
    const text = '---\nclient: J.D.\n---\n\n## Problem: \n';
    const items = complete({
      plan: parsePlan(text),
      position: { line: 4, character: 12 },
      line: '## Problem: ',
      library,
      today: '2026-11-28',
    });
    const depression = items.filter((c) => c.label.startsWith('Depression'));
    expect(depression.map((c) => [c.label, c.detail, c.snippet ?? false])).toEqual([
      ['Depression (whole module)', 'whole module: a goal, three steps, two methods', true],
      ['Depression', expect.stringMatching(/^also: .*low mood/), false],
    ]);
    // No two items look alike in the list: every label is its own.
    expect(new Set(items.map((c) => c.label)).size).toBe(items.length);
    const [whole, name] = depression as [Completion, Completion];
    expect(whole.sortText! < name.sortText!).toBe(true);
    // The heading's name, then the module's section, every value to decide left as a tab stop.
    expect(whole.insertText.split('\n').slice(0, 7)).toEqual([
      '${1:Depression}',
      '',
      '${2:(how the problem shows up for this client)}',
      '',
      expect.stringMatching(/^### Goal: \$\{3\|/),
      '',
      '#### Steps',
    ]);
    expect(whole.insertText).toContain(', by ${5:YYYY-MM-DD}');
    // Under a problem that already has goals, only the name is offered.
    const withGoal = '---\nclient: J.D.\n---\n\n## Problem: \n\n### Goal: Sleep\n';
    const again = complete({
      plan: parsePlan(withGoal),
      position: { line: 4, character: 12 },
      line: '## Problem: ',
      library,
      today: '2026-11-28',
    });
    expect(again.filter((c) => c.label === 'Depression').map((c) => c.snippet ?? false)).toEqual([false]);
  });

  it('offers modules after a numbered problem heading too, replacing only what follows the colon', () => {
    const line = '## Problem 2: Dep';
    const items = complete({
      plan: parsePlan(`---\nclient: J.D.\n---\n\n${line}\n`),
      position: { line: 4, character: line.length },
      line,
      library,
      today: '2026-11-28',
    });
    const depression = items.filter((c) => c.label.startsWith('Depression'));
    expect(depression.length).toBe(2);
    expect(depression[0]!.range.start.character).toBe('## Problem 2: '.length);
  });
});

describe('outline', () => {
  const count = (symbols: PlanSymbol[]): number => symbols.reduce((n, s) => n + 1 + count(s.children), 0);
  const goalsOf = (symbols: PlanSymbol[]) => symbols.filter((s) => s.kind === 'problem').flatMap((p) => p.children);

  it("goes Problem › Goal › Steps / Methods, with each goal's progress beside it", () => {
    const plan = parsePlan(
      '# Plan\n\n## Problem: Grief (module: grief)\n\n### Goal: Sleep through the night\n\n#### Steps\n\n- [x] Keep a sleep diary\n- [ ] Same wake time, by 2027-01-15\n\n#### Methods\n\n- CBT-I\n\n## Strengths\n\nFamily.\n',
    );
    const symbols = documentSymbols(plan);
    expect(symbols.map((s) => [s.kind, s.name, s.detail])).toEqual([
      ['title', 'Plan', undefined],
      ['problem', 'Grief', 'module: grief'],
      ['section', 'Strengths', undefined],
    ]);
    const [goal] = goalsOf(symbols);
    expect([goal!.name, goal!.detail]).toEqual(['Sleep through the night', '1 of 2 steps met · 1 method']);
    expect(goal!.children.map((c) => `${c.name} ${c.detail}`)).toEqual(['Steps 1 of 2 met', 'Methods 1']);
  });

  it('keeps the outline of problems an edit did not touch, and builds the edited one anew', () => {
    const text = generatePlan(6, 2);
    const before = parsePlan(text);
    const after = parsePlan(text.replace('### Goal: Goal 1.1', '### Goal: Goal 1.1 and more'), { previous: before });
    const [a, b] = [
      documentSymbols(before).filter((s) => s.kind === 'problem'),
      documentSymbols(after).filter((s) => s.kind === 'problem'),
    ];
    expect(b[0]).not.toBe(a[0]);
    expect(b[0]!.children[0]!.name).toBe('Goal 1.1 and more for the client');
    expect(b.slice(1)).toEqual(a.slice(1));
    b.slice(1).forEach((s, i) => expect(s).toBe(a[i + 1]));
  });

  it(`stops at goals when the full outline would pass ${MAX_FULL_OUTLINE} symbols`, () => {
    const small = documentSymbols(parsePlan(generatePlan(100, 5)));
    expect(goalsOf(small).every((g) => g.children.length > 0)).toBe(true);
    const huge = parsePlan(generatePlan(300, 5));
    const symbols = documentSymbols(huge);
    expect(huge.problems.length).toBe(300);
    expect(goalsOf(symbols).length).toBe(huge.problems.reduce((n, p) => n + p.goals.length, 0));
    expect(
      goalsOf(symbols).every(
        (g) => g.children.length === 0 && /^\d+ of \d+ steps? met · \d+ methods?$/.test(g.detail ?? ''),
      ),
    ).toBe(true);
    // Frontmatter, title, problems, goals and the other sections: nothing below goals.
    expect(count(symbols)).toBe(2 + 300 + goalsOf(symbols).length + huge.sections.length);
  });
});

describe('code lens', () => {
  it('says how many steps are met and what is due or overdue', () => {
    const plan = parsePlan(
      '---\nclient: J.D.\n---\n\n## Problem: Grief\n\n### Goal: Sleep\n\n#### Steps\n\n- [x] A, by 2026-11-01\n- [ ] B, by 2026-11-20\n- [ ] C, by 2027-01-05\n- [ ] D, by 2026-12-01\n',
    );
    expect(goalLenses(plan, '2026-11-28').map((l) => l.title)).toEqual([
      '1 of 4 steps met · 1 overdue since 2026-11-20 · next due 2026-12-01',
    ]);
  });
});

describe('outline ranges (LSP: selectionRange within range, ranges not inverted)', () => {
  const contained = (s: PlanSymbol, path: string[] = []): string[] => {
    const where = [...path, s.name].join(' › ');
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
      a.line < b.line || (a.line === b.line && a.character <= b.character);
    const bad: string[] = [];
    if (!before(s.range.start, s.range.end)) bad.push(`${where}: range inverted`);
    if (!before(s.range.start, s.selectionRange.start) || !before(s.selectionRange.end, s.range.end)) {
      bad.push(`${where}: selectionRange ${JSON.stringify(s.selectionRange)} outside ${JSON.stringify(s.range)}`);
    }
    return [...bad, ...s.children.flatMap((c) => contained(c, [...path, s.name]))];
  };

  for (const text of [
    '## A\n\n## B\n',
    '## A\n\n## B',
    '## Problem: Sleep\n\n### Goal: Calm\n',
    '## Problem: Sleep\n\n### Goal: Calm\n\n#### Steps\n',
    '## A\n\n   # B\n',
    '# Title\n',
    '## Safety plan\n',
    '---\nclient: J.D.\n---\n## Problem: X\n### Goal: Y\n#### Methods\n- z\n#### Steps\n',
  ]) {
    it(`holds for ${JSON.stringify(text)}`, () => {
      expect(documentSymbols(parsePlan(text)).flatMap((s) => contained(s))).toEqual([]);
    });
  }

  it('holds on generated plans ending in every possible place', () => {
    const plan = generatePlan(2, 7);
    const lines = plan.split('\n');
    for (let n = 1; n <= lines.length; n++) {
      const text = lines.slice(0, n).join('\n');
      expect(
        documentSymbols(parsePlan(text)).flatMap((s) => contained(s)),
        JSON.stringify(text.slice(-40)),
      ).toEqual([]);
    }
  });
});
