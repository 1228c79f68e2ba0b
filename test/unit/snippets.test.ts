// Snippets expand to plans the checker accepts, and the generated ones are current.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { ROOT, testLibrary } from '../helpers/library';
import { expand } from '../helpers/snippets';

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

  for (const [name, snippet] of Object.entries(modules)) {
    it(`${name} expands to a problem section that lints clean`, () => {
      const text = FRONTMATTER + expand(snippet.body.join('\n'));
      expect(check(text)).toEqual([]);
      expect(text).toContain(`## Problem: ${name.replace('Problem module: ', '')}`);
    });
  }

  for (const name of ['Treatment plan (informal)', 'Treatment plan (formal)', 'Treatment plan (insurance)']) {
    it(`${name} expands to a plan that lints clean apart from the placeholder dates`, () => {
      const text = expand(plan[name]!.body.join('\n'))
        .replace('clinician: name, credential', 'clinician: A. Rivera, LPC')
        .replace('code: F00.0', 'code: F41.1')
        .replace('## Problem: problem', '## Problem: Generalized anxiety');
      const found = check(text).filter((d) => !/YYYY-MM-DD/.test(d));
      // The placeholder dates are what a clinician fills in: those findings are the only ones allowed.
      expect(
        found.filter((d) => !d.startsWith('frontmatter-type: `review`') && !d.startsWith('step-target-date:')),
      ).toEqual([]);
    });
  }

  for (const name of ['Problem', 'Goal', 'Safety plan']) {
    it(`${name} fits into a plan`, () => {
      const body = expand(plan[name]!.body.join('\n'));
      const text =
        name === 'Goal'
          ? `${FRONTMATTER}## Problem: Grief\n\n${body}`
          : FRONTMATTER +
            body +
            (name === 'Safety plan'
              ? '\n## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n\n#### Methods\n\n- Grief counseling\n'
              : '');
      expect(check(text).filter((d) => !d.startsWith('unknown-problem') && !d.startsWith('step-target-date'))).toEqual(
        [],
      );
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
