// The fuzzer's inputs: grammar-aware mutations of the example plans (lines
// the format and Markdown give meaning to, a Measures table's lines, odd
// characters, the hostile structures of issue 31, wrapped and continued step
// lines) and random strings, seeded and reproducible.

export type Random = () => number;

/** A seeded generator (mulberry32): the same seed, the same inputs. */
export function random(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Random, n: number) => Math.floor(r() * n);
export const pick = <T>(r: Random, list: readonly T[]): T => list[int(r, list.length)]!;

/** Lines of a Measures table and what breaks one: missing and extra cells, escaped pipes, HTML, bad values. */
const TABLE_LINES = [
  '## Measures',
  '| Date | Measure | Score | Note |',
  '| --- | --- | --- | --- |',
  '| 2026-11-02 | PHQ-9 | 17 | intake |',
  '| 2026-11-30 | gad7 | 9 | |',
  '| 2026-11-30 | PHQ-9 | 31 |',
  '| 2027-02-30 | PCL-5 | 40 |',
  '| 11/02/2026 | PHQ-8 | twelve |',
  '| 2026-11-02 | PHQ-9 | 17 | a \\| b | extra |',
  '| 2026-11-02 || |',
  '|',
  '| <b>2026-11-02</b> | `PHQ-9` | *8* |',
  '2026-11-03 | PHQ-9 | 9',
  '| Date | Instrument |',
  '| --- |',
];

/** Lines the format and Markdown give meaning to, and some they should survive. */
const VOCABULARY = [
  '---',
  '## Problem: Depression',
  '## Problem:',
  '### Goal: Sleep through the night',
  '### Goal:',
  '#### Steps',
  '#### Methods',
  '## Safety plan',
  '# Treatment plan',
  '#',
  '##',
  '- [ ] Walk 3 times a week, by 2027-01-15',
  '- [x] Score below 10 on the PHQ-9, by 2026-12-01',
  '- [ ]',
  '-',
  '* CBT-I',
  '1. Breathe',
  '  - a part of the step',
  '  - [ ] a part, by 2027-01-15',
  '  * another part',
  '   - a part one column off',
  '    - a part two levels deep',
  '- [ ] by 2027-02-30',
  '- [ ] Nap by 0000-00-00',
  '- [ ] by Jan 15',
  '```',
  '~~~',
  '```md',
  '<!--',
  '-->',
  '<!-- plan-disable phi -->',
  '<!-- plan-disable-next-line goal-has-methods -->',
  '<div>',
  '</div>',
  '<pre>',
  '> a quote',
  '    indented code',
  '| a | b |',
  '| --- | --- |',
  'Setext heading',
  '===',
  '---',
  'client: J.D.',
  'clinician: A. Rivera, LPC',
  'created: 2026-11-02',
  // A date written below its key, as a block scalar: a fix that adds a key must go after it.
  'created: >-\n  2026-11-02',
  'updated: |-\n  2026-11-20',
  'review: 2027-13-45',
  'status: active',
  'style: formal',
  'severity: severe',
  'payer: insurance',
  'diagnoses:',
  '  - code: F33.1',
  '    basis: PHQ-9 of 16',
  '    reviewed: 2026-11-02',
  '  - code: f331',
  'services:',
  '  - modality: individual',
  'revisions:',
  '  - date: 2026-11-20',
  'clinican: x',
  'key: [unclosed',
  '[ref]: http://example.test',
  'See [ref] and [^1].',
  '[^1]: A footnote.',
  '![img](http://x.test/a.png)',
  'Call 555-123-4567 or mail a@b.test.',
  '\t- [ ] tab item',
  ...TABLE_LINES,
  '',
  '',
  '',
];

const ODD = [
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\r',
  '\r\n',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\uffff',
  'é',
  '👩‍⚕️',
  '\t',
  '\\',
  '`',
  '*',
  '<',
  '&',
  '#',
  ' ',
  '|',
  '\\|',
];

/** Step dates written where a wrapped step puts them: on a continuation line, a lazy one, or split from `by`. */
const WRAPPED = [
  '  by 2026/12/01',
  '  by 2027.1.15',
  ', by 2027/02/01',
  'by 2027-1-5',
  '  , by 2026/12/01',
  '  by',
  '  2027/03/01',
  '   lazy words, by Jan 15',
];

/**
 * The shapes that made remark super-linear or overflowed the stack (issue 31),
 * from a few units to past the guard's limits: nested `>` and lists on one
 * line, lists nested by indentation, `[a](` repeated, nested brackets,
 * emphasis and images, wide tables, long paragraphs of short lines, a quote
 * or list item continued by lazy lines, quotes and nested lists that end again
 * and again.
 */
export function hostile(r: Random): string {
  const n = [2, 8, 17, 40, 65, 130, 300, 1_000, 5_000][int(r, 9)]!;
  switch (int(r, 18)) {
    case 0:
      return `${'>'.repeat(n)} word`;
    case 1:
      return `${'> - '.repeat(n)}word`;
    case 2:
      return `${pick(r, ['- ', '1. ', '* ', '+ '])}`.repeat(n) + 'item';
    case 3:
      return Array.from({ length: Math.min(n, 200) }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    case 4:
      return `text ${'[a]('.repeat(n)}`;
    case 5:
      return `${'['.repeat(n)}a${']'.repeat(n)}`;
    case 6:
      return `${'*'.repeat(n)}a${'*'.repeat(n)}`;
    case 7:
      return `${'!['.repeat(n)}a${'](b)'.repeat(n)}`;
    case 8: {
      const row = (c: string) => `|${` ${c} |`.repeat(n)}`;
      return [row('a'), `|${' --- |'.repeat(n)}`, row('b'), row('c')].join('\n');
    }
    case 9:
      return 'a line\n'.repeat(n * 4);
    case 10:
      // YAML, which lands in the frontmatter about a third of the time: nesting, and many keys in one map
      // (`yaml` checked each key against every key before it: 40,000 took 5 s).
      return pick(r, [
        `a: ${'['.repeat(n)}`,
        '[a]: b "c"\n'.repeat(n * 4),
        Array.from({ length: n * 4 }, (_, i) => `k${i}: v`).join('\n'),
        '{a: 1}: b\n? [c]\n: d\n'.repeat(n),
      ]);
    case 11:
      return `${pick(r, ['- [ ] Walk,', '> a quote', '1. Breathe', '  - nested'])}\n${pick(r, ['a line', '  a line', '> a line']).concat('\n').repeat(n)}`;
    case 12:
      return pick(r, ['> a\n\n', '> a\n> > b\n', '- a\n  - b\n', '> - a\n>\n> b\n', '> a\n# h\n']).repeat(n);
    case 13:
      return `| a | b |\n| --- | --- |\n${'| c | d |\n'.repeat(n)}`;
    case 14: {
      // A `[` left open (or one that only looks so), then many words or a wide table as lazy lines.
      const open = pick(r, [
        '[',
        '![',
        '\\\\[',
        '[ `]` ',
        '\\[',
        '[a] ',
        '[x [a](]) ',
        '[x `[` ',
        '[x <b>] ',
        '[x\n|\n|\n',
      ]);
      const words = pick(r, ['w ', 'a ', 'the client ', '2026-12-01 ', '1h', '(w', '>w\n', '[a](b) ']).repeat(n * 2);
      return pick(r, [
        `- [ ] a step\n| a ${open} |${' a |'.repeat(n)}\n|${' --- |'.repeat(n + 1)}\n|${' b |'.repeat(n + 1)}`,
        `See ${open}note ${words}`,
        `> ${open}${words}`,
      ]);
    }
    case 15:
      // Link literals that read their word again: trailing punctuation, a `www.` again and again.
      return pick(r, [
        `see www.example.com/${pick(r, [',', '.', ')', '?!', '&amp;', '&a;,,,,,,,,,,']).repeat(n * 4)}x`,
        `See ${'<?'.repeat(Math.min(n, 100))} ${'x'.repeat(n * 20)}`,
        `See ${'_www.a'.repeat(Math.min(n, 40))}${'.'.repeat(n)}a_a end`,
        `${'_www.a'.repeat(Math.min(n, 250))}${'a'.repeat(n * 4)}`,
        `http://a.b/${'(a)'.repeat(n)}`,
      ]);
    case 16:
      // Containers ended and setext headings underlined again and again, a footnote's lazy lines, HTML the
      // splitter and the rough pass must read as micromark does, a `www.` micromark rejects (fourth review).
      return pick(r, [
        pick(r, [
          '- - a\n',
          '- > a\n',
          '1. - a\n',
          'a\n===\n',
          'a\r\n---\r\n',
          '> a\n> ===\n',
          '-     - h\n- \n  -\n',
        ]).repeat(n),
        `[^a]: b\n${'a line\n'.repeat(n)}`,
        `<div>\n\u00a0\n${'# a\n'.repeat(n)}`,
        `a\n<!--\n| a |\n| - |\n|-->\n${`|${'a*'.repeat(20)}\n`.repeat(n)}`,
        `*x* ${'+www.-'.repeat(n)}${'x'.repeat(n * 20)}`,
        // Found since: tables headed by `===` and rows of it, indented code after a table, a tag on a
        // lazy line (held HTML), tags only micromark's states read right.
        pick(r, [
          '| - |\n2. e\n```\n===\n',
          '> | a |\n> | - |\n> ===\n> b\nc\n',
          '| - |\n    lazy\n===\n--\n',
          '- a\n</a>\nb\n',
          '- </script>\nb\n',
          '- a\n<a b=c=d>\nb\n',
          '> a\n</a>\n',
          '| a | b | c | d |\n|-|-|-|-|\n| e | f | g | h |\n\nc\n--\n',
          '- a\n  ===\n',
          `${'- '.repeat(41)}\na\n===\n`,
          `${'[a]: b "c"\n'.repeat(4)}a\n===\n`,
        ]).repeat(n),
        `- a\n<a b=c/d>\n${'x\n'.repeat(n)}`,
        // Link definitions the rough pass leaves out, and ones it must not: a label past CommonMark's 999
        // characters (a paragraph, so its `[` counts), and a definition that keeps the plan in one piece
        // before many one-word paragraphs.
        `[${' '.repeat(pick(r, [998, 999, 1_000]))}a]: b\n${pick(r, ['[a]: b "c', '[x '])}${'w '.repeat(n * 4)}`,
        `[a]: b\n\n${'a\n\n'.repeat(n * 4)}`,
      ]);
    default:
      return `${pick(r, ['*_', '_*', '~', '`', '<a>', '&amp;', '\\*'])}`.repeat(n);
  }
}

/** A line wrapped at a space: the rest on a continuation line (indented) or a lazy one (not). */
function wrap(r: Random, line: string): string[] {
  const spaces = [...line.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [line];
  const cut = pick(r, spaces);
  return [line.slice(0, cut), `${pick(r, ['  ', '    ', '', ' '])}${line.slice(cut + 1)}`];
}

/** One mutation of a text, by line or by character. */
export function mutate(r: Random, text: string): string {
  const lines = text.split('\n');
  const at = int(r, lines.length + 1);
  switch (int(r, 13)) {
    case 10:
      lines.splice(at, 0, hostile(r));
      break;
    case 11:
      lines.splice(at, 1, ...wrap(r, lines[at] ?? ''));
      break;
    case 12:
      lines.splice(at, 0, pick(r, WRAPPED));
      break;
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, pick(r, VOCABULARY));
      break;
    case 2:
      lines.splice(at, 0, lines[int(r, lines.length)] ?? '');
      break;
    case 3: {
      const b = int(r, lines.length);
      [lines[at], lines[b]] = [lines[b] ?? '', lines[at] ?? ''];
      break;
    }
    case 4:
      lines[at] = (lines[at] ?? '').replace(/^#+/, '#'.repeat(1 + int(r, 6)));
      break;
    case 5: {
      const i = int(r, text.length + 1);
      return text.slice(0, i) + pick(r, ODD) + text.slice(i);
    }
    case 6: {
      const i = int(r, text.length + 1);
      return text.slice(0, i) + text.slice(i + 1 + int(r, 20));
    }
    case 7:
      return text.slice(0, int(r, text.length + 1));
    case 8:
      return text.replace(/\n/g, pick(r, ['\r\n', '\n', '\r']));
    default:
      lines.splice(at, 0, `${pick(r, VOCABULARY)} ${pick(r, ODD)}${pick(r, VOCABULARY)}`);
  }
  return lines.join('\n');
}

/** A random string: bytes of any kind, or plan-like lines. */
function noise(r: Random): string {
  const length = int(r, 400);
  let out = '';
  while (out.length < length) {
    const k = int(r, 4);
    if (k === 0) out += String.fromCharCode(int(r, 0x80));
    else if (k === 1) out += String.fromCharCode(int(r, 0x10000));
    else if (k === 2) out += pick(r, ODD);
    else out += `${pick(r, VOCABULARY)}\n`;
  }
  return out;
}

/** The `n`th input of a seed's sequence: a mutated example (mostly) or noise. */
export function input(r: Random, examples: readonly string[]): string {
  if (r() < 0.15) return noise(r);
  let text = pick(r, examples);
  if (r() < 0.1) text += `\n${pick(r, examples)}`;
  const rounds = 1 + int(r, 6);
  for (let i = 0; i < rounds; i++) text = mutate(r, text);
  return text;
}
