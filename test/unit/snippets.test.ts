// Snippets expand to plans the checker accepts, and the generated ones are current.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { ROOT, testLibrary } from '../helpers/library';
import { expand } from '../helpers/snippets';
import { CLINICIAN_DECIDES, fillIn, unknownParentheticals } from '../helpers/generated';
import { RISK_MODULES } from '../../server/src/text/risk/plan';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const load = (file: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
const plan = load('plan.json');
const modules = load('modules.json');

const FRONTMATTER = '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n';
const check = (text: string) =>
  lint(parsePlan(text), { today: '2026-11-28', library: testLibrary(), fileName: 'snippet.plan.md' }).map(
    (d) => `${d.rule}: ${d.message}`,
  );

describe('snippets', () => {
  it('expand as VS Code would', () => {
    expect(expand('a ${1:b} ${2|c,d\\,e|} $CURRENT_YEAR ${3:x ${4:y}} \\$5')).toBe('a b c 2026 x y $5');
  });

  const library = testLibrary();
  /** Holds an expanded snippet to what generators promise. */
  const holds = (text: string) => {
    expect(unknownParentheticals(text, library)).toEqual([]);
    const found = lint(parsePlan(text), { today: '2026-11-28', library, fileName: 'snippet.plan.md' });
    expect(found.some((d) => d.rule === 'placeholder' && d.severity === 'error')).toBe(true);
    expect(
      found
        .filter((d) => !CLINICIAN_DECIDES.has(d.rule) && !CLINICIAN_DECIDES.has(`${d.rule}#${d.messageId}`))
        .map((d) => `${d.rule}: ${d.message}`),
    ).toEqual([]);
    expect(check(fillIn(text, '2026-11-28'))).toEqual([]);
  };
  const safetyPlan = expand(plan['Safety plan']!.body.join('\n'));

  for (const [name, snippet] of Object.entries(modules)) {
    it(`${name} expands to a problem section that is ready once filled in`, () => {
      const section = expand(snippet.body.join('\n'));
      const module = library.findProblem(name.replace('Problem module: ', ''));
      // A risk module's plan has a safety plan: the snippet for it is the one a clinician adds.
      const text = FRONTMATTER + (module && RISK_MODULES.includes(module.id) ? `${safetyPlan}\n` : '') + section;
      holds(text);
      expect(text).toContain(`## Problem: ${name.replace('Problem module: ', '')}`);
    });
  }

  for (const name of ['Treatment plan (informal)', 'Treatment plan (formal)', 'Treatment plan (insurance)']) {
    it(`${name} expands to a plan that is ready once filled in`, () => {
      holds(expand(plan[name]!.body.join('\n')));
    });
  }

  const GRIEF =
    '## Problem: Grief\n\nMisses her mother every day since March.\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n\n#### Methods\n\n- Grief counseling\n';
  for (const name of ['Problem', 'Goal', 'Safety plan']) {
    it(`${name} fits into a plan, ready once filled in`, () => {
      const body = expand(plan[name]!.body.join('\n'));
      const text =
        name === 'Goal'
          ? `${FRONTMATTER}## Problem: Grief\n\nMisses her mother every day since March.\n\n${body}`
          : FRONTMATTER + body + (name === 'Safety plan' ? `\n${GRIEF}` : '');
      holds(text);
    });
  }

  it('every snippet has a prefix and a description', () => {
    for (const [name, s] of Object.entries({ ...plan, ...modules })) {
      expect(s.prefix.length, name).toBeGreaterThan(0);
      expect(s.description.length, name).toBeGreaterThan(10);
    }
  });

  it('the generated module snippets and validator are current (npm run generate)', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
