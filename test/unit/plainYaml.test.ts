// The plain frontmatter reader makes the tree `yaml` makes, or declines: on
// every frontmatter of the examples and fixtures, on generated ones built
// from values at the edges of YAML's plain scalars, and on mutated ones.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runs } from '../helpers/runs';
import { plainYaml } from '../../server/src/plan/plainYaml';
import { fromYaml } from '../../server/src/plan/yamlTree';
import { random, type Random } from '../fuzz/harness';
import { generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

function planFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return planFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

/** The YAML between a plan's `---` lines, as the parser hands it over. */
function frontmatterOf(text: string): string | undefined {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  return m?.[1];
}

const REAL = [...planFiles(path.join(ROOT, 'examples')), ...planFiles(path.join(ROOT, 'test', 'fixtures'))]
  .map((f) => frontmatterOf(readFileSync(f, 'utf8')))
  .filter((t): t is string => t !== undefined);
const GENERATED = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => frontmatterOf(generatePlanOfLines(200, seed))!);

/** 'declined', 'same', or both trees when they differ. */
function compare(text: string): 'declined' | 'same' | { plain: unknown; yaml: unknown } {
  const plain = plainYaml(text);
  if (!plain) return 'declined';
  const yaml = fromYaml(text);
  try {
    expect(plain).toStrictEqual(yaml);
    return 'same';
  } catch {
    return { plain, yaml };
  }
}

// Values on the edges of YAML's plain, quoted and flow scalars.
const VALUES = [
  ...['treatment-plan', 'J.D.', 'A. Rivera, LPC', '2026-11-02', '2026-13-45', 'YYYY-MM-DD', 'F41.1', 'Z62.820'],
  ...['300.02', '12', '-3', '+4', '0o17', '0x1F', '1e3', '.5', '.inf', '-.Inf', '.nan', '1_000', '07', '1.'],
  ...['null', 'Null', '~', 'true', 'False', 'yes', 'no', 'on', 'off', 'NULL', 'TRUE', 'y', 'n'],
  ...['"A.B. (age 9)"', '""', "''", "'single'", "'it''s'", '"esc \\" q"', '"tab\\t"', '"open', "'open", '"a" b'],
  ...['[medicare, carf]', '[]', '[ a ]', '[a,b]', '[a, , b]', '[a, [b]]', '[a: b]', '[1, 2]', '[a, b] ', '[a'],
  ...['[Generalized anxiety, Insomnia]', '[a #b]', '[a, "b"]', '[-a]', '[a,]', '{a: b}', '{}'],
  ...['50 min', 'weekly for 12 weeks, then every 2 weeks', 'a: b', 'a:b', 'a #b', 'a#b', 'C# notes', 'end:'],
  ...['- x', '-x', '? q', '?q', ':x', ',x', '#x', '&a x', '*a', '!tag x', '|', '>', '%x', '@x', '`x`'],
  ...['héllo Zoë', 'a\u00a0b', 'a\u2028b', 'x\ufeff', 'a\tb', 'a  b', ' lead', 'trail ', '...', '---', 'a ---'],
  ...["client's notes", 'a "b" c', 'a [b] c', 'a {b} c', 'http://x.test/a?b=c', 'f388da-d60cb2-d76ce1'],
];
const KEYS = ['type', 'client', 'review', 'requirements', 'code', 'name', 'true', 'null', 'Yes', 'x1', 'a-b', '1a'];

// What most frontmatter holds: half the picks come from here, so that many texts are read whole.
const TYPICAL = ['J.D.', '2026-11-02', 'weekly', 'Generalized anxiety disorder', '[medicare, carf]', '"A.B. (age 9)"'];
const TYPICAL_KEYS = ['client', 'review', 'name', 'code'];

function edgeFrontmatter(r: Random): string {
  const pickAny = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const pick = <T>(list: readonly T[]): T => {
    if (list === (VALUES as unknown) && r() < 0.6) return pickAny(TYPICAL) as T;
    if (list === (KEYS as unknown) && r() < 0.6) return pickAny(TYPICAL_KEYS) as T;
    return pickAny(list);
  };
  const lines: string[] = [];
  const count = 1 + Math.floor(r() * 4);
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (roll < 0.55) lines.push(`${pick(KEYS)}:${pick([' ', ' ', ' ', '', '  '])}${pick(VALUES)}`);
    else if (roll < 0.85) {
      lines.push(`${pick(KEYS)}:${pick(['', '', ' '])}`);
      const items = Math.floor(r() * 3);
      for (let j = 0; j < items; j++) {
        const dash = pick(['  - ', '  - ', '- ', '    - ', '  -', '  -  ']);
        if (r() < 0.6) {
          lines.push(`${dash}${pick(KEYS)}: ${pick(VALUES)}`);
          const more = Math.floor(r() * 3);
          for (let k = 0; k < more; k++)
            lines.push(
              `${pick(['    ', '    ', '   ', '     ', '  '])}${pick(KEYS)}:${pick([' ', ''])}${pick(VALUES)}`,
            );
        } else lines.push(`${dash}${pick(VALUES)}`);
      }
    } else if (roll < 0.95) lines.push(`${pick(KEYS)}: ${pick(VALUES)}`);
    else lines.push(pick(['', '# a comment', '   ', 'key: value # comment', '  continued', '---', '...', 'a: &x 1']));
  }
  return lines.join(r() < 0.9 ? '\n' : '\r\n') + pick(['', '\n', '\n', '\n\n']);
}

function mutate(r: Random, text: string): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const lines = text.split('\n');
  const i = Math.floor(r() * lines.length);
  const line = lines[i]!;
  const at = Math.floor(r() * (line.length + 1));
  switch (Math.floor(r() * 5)) {
    case 0:
      lines[i] =
        line.slice(0, at) + pick([' ', ':', '#', '"', "'", '[', ']', ',', '-', '\t', '&', '*', '\\']) + line.slice(at);
      break;
    case 1:
      lines[i] = line.slice(0, at) + line.slice(at + 1);
      break;
    case 2:
      lines.splice(i, 0, line);
      break;
    case 3:
      lines[i] = ` ${line}`;
      break;
    default:
      lines.splice(i, 1);
  }
  return lines.join('\n');
}

describe('the plain frontmatter reader', () => {
  it("reads every example's and fixture's frontmatter as yaml does, and declines few", () => {
    let read = 0;
    for (const text of [...REAL, ...GENERATED]) {
      const result = compare(text);
      if (result === 'same') read++;
      else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    // The examples and generated plans are what a caseload looks like: each one read without yaml.
    for (const text of [...REAL.slice(0, 6), ...GENERATED]) expect(compare(text), text).toBe('same');
    expect(read).toBeGreaterThan(REAL.length * 0.7);
  });

  it('answers as yaml does on values at the edges of plain, quoted and flow scalars', () => {
    const r = random(20261129);
    let same = 0;
    const count = runs(30_000);
    for (let n = 0; n < count; n++) {
      const text = edgeFrontmatter(r);
      const result = compare(text);
      if (result === 'same') same++;
      else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    expect(same).toBeGreaterThan(count * 0.05);
  });

  it('answers as yaml does on mutated frontmatter', () => {
    const r = random(11);
    let same = 0;
    const sources = [...REAL, ...GENERATED];
    const count = runs(20_000);
    for (let n = 0; n < count; n++) {
      let text = sources[n % sources.length]!;
      for (let m = 1 + Math.floor(r() * 3); m > 0; m--) text = mutate(r, text);
      const result = compare(text);
      if (result === 'same') same++;
      else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    expect(same).toBeGreaterThan(count * 0.1);
  });

  it('leaves to yaml what it cannot be sure of', () => {
    for (const text of [
      'client: J.D. # initials only\n', // a comment
      'client: J.D.\n\nreview: 2027-01-02\n', // a blank line
      'duration: 50\n', // a number
      'client: >\n  J.D.\n', // a folded block
      'basis: GAD-7 of 15\n  and more\n', // a value over two lines
      'diagnoses:\n- code: F41.1\n', // a list at the margin
      'client: J.D.\nclient: K.L.\n', // a key twice
      'a: &x J.D.\nb: *x\n', // an anchor and an alias
      "client: 'it''s'\n", // an escape
      'client:\treview\n',
      'review:\n',
      // fromYaml refuses more than 64 brackets open, wherever they stand (fuzz seed 20261291784045, input 806).
      `style: informa${'['.repeat(65)}a${']'.repeat(65)}\n`,
      `client: "${'{'.repeat(65)}"\n`,
    ])
      expect(plainYaml(text), JSON.stringify(text)).toBeUndefined();
  });
});
