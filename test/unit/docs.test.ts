// The rule docs are tested like code: a "fail" example must raise its rule,
// a "pass" example must lint clean, and the page must state the rule's facts.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { OFF_THREAD_CHARS, SLOW_CHECK_MS, WORKER_WARM_MS } from '../../server/src/lsp/router';
import { ROOT, testLibrary } from '../helpers/library';

const DOCS = path.join(ROOT, 'docs', 'rules');

function examples(file: string): Array<{ kind: string; text: string }> {
  const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
  return tree.children
    .filter((n): n is Code => n.type === 'code' && n.lang === 'markdown' && /^(fail|pass)$/.test(n.meta ?? ''))
    .map((n) => ({ kind: n.meta!, text: `${n.value}\n` }));
}

const check = (text: string) =>
  lint(parsePlan(text), { today: '2026-11-28', library: testLibrary(), fileName: 'example.plan.md' });

describe('rule docs', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      it('has a page that states its default and its profile', () => {
        expect(existsSync(file)).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain(`| Default severity | **${rule.defaultSeverity}** |`);
        if (rule.appliesWhen) expect(text).toContain(rule.appliesWhen);
        expect(text).toContain(
          rule.fixable ? '| Quick fix / `tplan lint --fix` | yes' : '| Quick fix / `tplan lint --fix` | no |',
        );
        expect(readFileSync(path.join(DOCS, 'README.md'), 'utf8')).toContain(`[\`${rule.id}\`](${rule.id}.md)`);
      });
      it('has a failing example that raises it and a passing one that is clean', () => {
        const found = examples(file);
        // A plan too large to check, or a file that cannot be read, cannot be shown on a page: its failing example is described.
        const described = rule.id === 'plan-too-large' || rule.id === 'plan-unchecked';
        expect(found.map((e) => e.kind).sort()).toEqual(described ? ['pass'] : ['fail', 'pass']);
        for (const e of found) {
          const got = check(e.text).map((d) => `${d.rule}: ${d.message}`);
          if (e.kind === 'fail')
            expect(
              got.some((g) => g.startsWith(`${rule.id}:`)),
              got.join('\n'),
            ).toBe(true);
          else expect(got).toEqual([]);
        }
      });
    });
  }
});

describe('README', () => {
  it("example plan checks clean, as the clinicians' first read", () => {
    const tree = unified()
      .use(remarkParse)
      .parse(readFileSync(path.join(ROOT, 'README.md'), 'utf8')) as Root;
    const first = tree.children.find((n): n is Code => n.type === 'code' && n.lang === 'markdown');
    expect(first?.value).toMatch(/^---\n/);
    expect(check(`${first!.value}\n`).map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  });
});

describe('docs/plan-format.md', () => {
  it('section 5 lists every rule of the registry, in its order, with its default and when it applies', () => {
    const format = readFileSync(path.join(ROOT, 'docs', 'plan-format.md'), 'utf8');
    const section = /^## 5\. Rules\n([\s\S]*?)^## 6\./m.exec(format)?.[1] ?? '';
    const rows = [...section.matchAll(/^\| \[?`([\w-]+)`\]?[^|]*\| ([^|]+) \| ([^|]+) \|/gm)].map((m) => ({
      id: m[1]!,
      severity: m[2]!,
      applies: m[3]!,
    }));
    expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES)
      expect(rows.find((r) => r.id === rule.id)).toEqual({
        id: rule.id,
        severity: rule.defaultSeverity,
        applies: rule.appliesWhen ?? 'always',
      });
  });
});

describe('docs/editor.md', () => {
  it("says when a plan goes to the server's worker thread as the router decides it", () => {
    const text = readFileSync(path.join(ROOT, 'docs', 'editor.md'), 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain(`A plan over ${OFF_THREAD_CHARS.toLocaleString('en-US')} characters,`);
    expect(text).toContain(`or one whose check took over ${SLOW_CHECK_MS} ms,`);
    expect(text).toContain(`or ${['zero', 'one', 'two', 'three'][WORKER_WARM_MS / 1000]} seconds after the server`);
  });
});
