// Plans as markdownlint sees them: a clinician with markdownlint installed must
// not see a warning on every plan. The format repeats `#### Steps` and
// `#### Methods` under each goal (MD024 with `siblings_only`, which the
// extension sets as markdownlint's default, allows it), and nothing the
// product writes ends a heading with punctuation (MD026).
import { lint as markdownlint } from 'markdownlint/sync';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPlanText } from '../../server/src/features/newPlan';
import { moduleSnippet } from '../../server/src/features/snippets';
import { ROOT, testLibrary } from '../helpers/library';
import { expand } from '../helpers/snippets';

const library = testLibrary();
/** What the extension contributes and docs/editor.md recommends: MD024 for siblings only; prose lines are not wrapped. */
const CONFIG = { default: true, MD024: { siblings_only: true }, MD013: false };

function issues(name: string, text: string): string[] {
  const result = markdownlint({ strings: { [name]: text }, config: CONFIG });
  return (result[name] ?? []).map((i) =>
    `${name}:${i.lineNumber} ${i.ruleNames.join('/')} ${i.errorDetail ?? ''}`.trim(),
  );
}

describe('markdownlint on what the product writes', () => {
  it('finds nothing in the examples', () => {
    for (const f of readdirSync(path.join(ROOT, 'examples')).filter((x) => x.endsWith('.md'))) {
      expect(issues(f, readFileSync(path.join(ROOT, 'examples', f), 'utf8'))).toEqual([]);
    }
  });

  it('finds nothing in a new plan from any modules, in any style', () => {
    const modules = library.modules;
    for (const [style, payer, severity] of [
      ['formal', 'insurance', 'severe'],
      ['informal', 'self-pay', 'mild'],
    ] as const) {
      const text = newPlanText({ modules, style, payer, severity, today: '2026-11-28' }, library);
      expect(issues(`new-${style}.plan.md`, text)).toEqual([]);
    }
  });

  it('finds nothing in an expanded module snippet, after a title', () => {
    for (const m of library.modules) {
      const text = `# Treatment plan\n\n${expand(moduleSnippet(m).join('\n'))}`;
      expect(issues(`${m.id}.md`, text)).toEqual([]);
    }
  });

  it('would report the repeated Steps headings without siblings_only (the check itself works)', () => {
    const text = readFileSync(path.join(ROOT, 'examples', 'informal-anxiety.plan.md'), 'utf8');
    const result = markdownlint({ strings: { x: text }, config: { default: true, MD013: false } });
    expect((result.x ?? []).some((i) => i.ruleNames.includes('MD024'))).toBe(true);
  });
});

describe('the markdownlint default the extension contributes', () => {
  it('is MD024 for siblings only, and docs/editor.md says so', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.contributes.configurationDefaults['markdownlint.config']).toEqual({ MD024: { siblings_only: true } });
    expect(readFileSync(path.join(ROOT, 'docs', 'editor.md'), 'utf8')).toContain('"siblings_only": true');
  });
});
