// Plans as markdownlint sees them: a clinician with markdownlint installed must
// not see a warning on every plan. The repository ships the settings for a
// folder of plans (.markdownlint.jsonc at its root, which docs/editor.md shows):
// Steps and Methods repeat under each goal (MD024 for siblings only), plans
// are prose (no MD013), a title is optional after the frontmatter (no MD041).
// They are checked here with markdownlint-cli2 as a user runs it, on the
// examples and every passing rule fixture; and nothing the product writes
// ends a heading with punctuation (MD026).
import { spawnSync } from 'node:child_process';
import { lint as markdownlint } from 'markdownlint/sync';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPlanText } from '../../server/src/features/newPlan';
import { moduleSnippet } from '../../server/src/features/snippets';
import { ROOT, testLibrary } from '../helpers/library';
import { expand } from '../helpers/snippets';

const library = testLibrary();
const CONFIG_FILE = path.join(ROOT, '.markdownlint.jsonc');
/** The shipped settings (JSONC: its comments are whole lines). */
const CONFIG = JSON.parse(
  readFileSync(CONFIG_FILE, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n'),
) as Record<string, unknown>;
const CLI2 = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** markdownlint-cli2 on some files of a folder, as a user runs it there: the folder's config file is found by it. */
function cli2(cwd: string, globs: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [CLI2, ...globs], { cwd, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The passing rule fixtures, as plans (the expect block is the harness's). */
function passingFixtures(): Array<{ name: string; text: string }> {
  const dir = path.join(ROOT, 'test', 'fixtures', 'rules');
  return readdirSync(dir).flatMap((rule) =>
    readdirSync(path.join(dir, rule))
      .filter((f) => /^pass.*\.plan\.md$/.test(f))
      // Formatting noise on purpose: it shows a signature ignores trailing spaces and blank lines.
      .filter((f) => !(rule === 'signature-stale' && f === 'pass-reformatted.plan.md'))
      .map((f) => ({
        name: `${rule}--${f}`,
        text: readFileSync(path.join(dir, rule, f), 'utf8')
          .replace(/<!-- expect\r?\n[\s\S]*?-->\s*$/, '')
          .replace(/\n+$/, '\n'),
      })),
  );
}

function issues(name: string, text: string): string[] {
  const result = markdownlint({ strings: { [name]: text }, config: CONFIG });
  return (result[name] ?? []).map((i) =>
    `${name}:${i.lineNumber} ${i.ruleNames.join('/')} ${i.errorDetail ?? ''}`.trim(),
  );
}

describe('the markdownlint settings shipped for a folder of plans', () => {
  it('make the examples clean for markdownlint-cli2, which finds them by itself', () => {
    // From the repository's root, where the file is: markdownlint-cli2 reads it there.
    const r = cli2(ROOT, ['examples/*.md']);
    expect(r.out).toContain('Summary: 0 error(s)');
    expect(r.code).toBe(0);
  });

  it('make every passing rule fixture clean, copied with them into a folder of plans', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-mdl-'));
    const fixtures = passingFixtures();
    expect(fixtures.length).toBeGreaterThan(60);
    for (const f of fixtures) writeFileSync(path.join(dir, f.name), f.text);
    copyFileSync(CONFIG_FILE, path.join(dir, '.markdownlint.jsonc'));
    const r = cli2(dir, ['*.md']);
    expect(r.out).toContain(`Linting: ${fixtures.length} file(s)`);
    expect(r.out).toContain('Summary: 0 error(s)');
    expect(r.code).toBe(0);
  });

  it('are needed: without them the same plans get MD013, MD024 and MD041 (the check itself works)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-mdl-'));
    for (const f of passingFixtures()) writeFileSync(path.join(dir, f.name), f.text);
    for (const f of readdirSync(path.join(ROOT, 'examples')).filter((x) => x.endsWith('.md')))
      copyFileSync(path.join(ROOT, 'examples', f), path.join(dir, f));
    const r = cli2(dir, ['*.md']);
    expect(r.code).toBe(1);
    for (const rule of ['MD013', 'MD024', 'MD041']) expect(r.out).toContain(rule);
  });

  it('are the ones docs/editor.md shows, with the versions package.json pins', () => {
    const docs = readFileSync(path.join(ROOT, 'docs', 'editor.md'), 'utf8');
    const block = /```jsonc\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf('### markdownlint')))?.[1] ?? '';
    expect(readFileSync(CONFIG_FILE, 'utf8')).toBe(block);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const pinned = pkg.devDependencies as Record<string, string>;
    expect(docs).toContain(`markdownlint ${pinned.markdownlint}`);
    expect(docs).toContain(`markdownlint-cli2 ${pinned['markdownlint-cli2']}`);
    // No other version of either is named.
    const named = [...docs.matchAll(/markdownlint(?:-cli2)? (\d+\.\d+(?:\.\d+)?)/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set([pinned.markdownlint, pinned['markdownlint-cli2']]));
  });
});

describe('markdownlint on what the product writes', () => {
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
});

describe('the markdownlint default the extension contributes', () => {
  it('is MD024 for siblings only, and docs/editor.md says so', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.contributes.configurationDefaults['markdownlint.config']).toEqual({ MD024: { siblings_only: true } });
    expect(readFileSync(path.join(ROOT, 'docs', 'editor.md'), 'utf8')).toContain('"siblings_only": true');
  });
});
