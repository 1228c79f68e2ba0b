// `npm run bench` (part; `npm run bench:hostile` alone): the hostile shapes
// of issue 31 and those found since, each at the size the issue gave (or
// just under a guard limit) and a bigger one, through parsePlan and lint as
// tplan lint runs them: time per KB beside a plain plan's, and what became of
// each (refused by the guard with plan-too-complex, or parsed). Before the
// guard, '[a](' x 20,000 took 5.3 s and x 100,000 83 s; '>' x 4,000
// overflowed the stack. Last, for scale, dense structure that remark reads in
// linear time, but slower per KB than prose. A benchmark, not a timed test.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from '../../server/src/library/builtin';
import { createLibrary } from '../../server/src/library/library';
import { lint } from '../../server/src/lint/lint';
import { chunkRefusal } from '../../server/src/plan/guard';
import { clearParseCache, parsePlan } from '../../server/src/plan/parsePlan';
import { scanPlainChunk } from '../../server/src/plan/scan';
import { split } from '../../server/src/plan/split';
import { generatePlanOfLines } from '../helpers/generate';

const ROOT = path.resolve(__dirname, '..');
const library = createLibrary(builtinModules());
const OPTIONS = { today: '2026-11-28', library, fileName: 'bench.plan.md' };
const HEAD = '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n';

const frontmatterOf = (yaml: string) => `---\nclient: J.D.\n${yaml}---\n\n## Problem: Depression\n`;
const planOf = (shape: string) => (shape.startsWith('---\n') ? `${shape}\n` : `${HEAD}${shape}\n`);
const row = (n: number, cell: string) => `|${` ${cell} |`.repeat(n)}`;
// A size of 'under': the largest n below the row's next size that the guard lets through (found by
// halving), so a row stays just under its limit as limits change.
type Size = number | 'under';
const SHAPES: Array<[string, (n: number) => string, Size[]]> = [
  ["'[a](' × n", (n) => '[a]('.repeat(n), [20_000, 100_000]],
  ["'>' × n", (n) => `${'>'.repeat(n)} word`, [4_000, 100_000]],
  ["'> - ' × n", (n) => `${'> - '.repeat(n)}word`, [2_000, 20_000]],
  ["'- ' × n (nested list)", (n) => `${'- '.repeat(n)}item`, [4_000, 40_000]],
  [
    'list nested by indentation, n deep',
    (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    [100, 1_000],
  ],
  ['nested brackets, n deep', (n) => `${'['.repeat(n)}a${']'.repeat(n)}`, [5_000, 50_000]],
  ['nested emphasis, n deep', (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`, [5_000, 50_000]],
  ['nested images, n deep', (n) => `${'!['.repeat(n)}a${'](b)'.repeat(n)}`, [2_000, 20_000]],
  [
    'wide table, n columns, 20 rows',
    (n) => [row(n, 'a'), row(n, '---'), ...Array(20).fill(row(n, 'b'))].join('\n'),
    [2_000, 20_000],
  ],
  [
    // Found by the fuzzer's million-input run (seed 20261271784032, input 650): the table is the
    // step's lazy lines, one paragraph, and the `[` is left open (MAX_LABEL_WALK).
    'a step, then a wide table with a `[` in its header, n columns',
    (n) => ['- [ ] a step', `| a [ |${row(n - 1, 'a').slice(1)}`, row(n, '---'), row(n, 'b')].join('\n'),
    [1_250, 5_000],
  ],
  // Just under the label walk's limit (a `w` is looked back from twice: an email and a `www.` literal), and past it.
  [
    "20 quotes, each a `[` left open, then n words 'w'",
    (n) => `> See [note ${'w '.repeat(n)}\n\n`.repeat(20),
    ['under', 16_000],
  ],
  // A link literal's trailing punctuation, read again at each character of the run: just under MAX_LITERAL_SCAN, and past it.
  [
    'links, each followed by n commas, 20 lines',
    (n) => `*Note* ${`see www.example.com/${','.repeat(n)}x\n`.repeat(20)}`,
    ['under', 20_000],
  ],
  // At MAX_HTML_OPENERS: each `<?` left open reads on to the paragraph's end.
  ["'<?' × 64, then a word of n characters", (n) => `See ${'<?'.repeat(64)} ${'x'.repeat(n)}`, [20_000, 400_000]],
  ['tall table, n rows of 2 cells', (n) => `| a | b |\n| --- | --- |\n${'| c | d |\n'.repeat(n)}`, [5_000, 50_000]],
  [
    'a table right after a paragraph line, n rows',
    (n) => `Back to work or school.\n| a | b |\n| --- | --- |\n${'| c | d |\n'.repeat(n)}`,
    [5_000, 50_000],
  ],
  [
    'a table right after a heading, n rows',
    (n) => `# Treatment plan\n| a | b |\n| --- | --- |\n${'| c | d |\n'.repeat(n)}`,
    [5_000, 50_000],
  ],
  ['one paragraph of n short lines', (n) => 'a line\n'.repeat(n), [5_000, 50_000]],
  ['a quote and n lines without >', (n) => `> a note\n${'a line\n'.repeat(n)}`, ['under', 16_000]],
  ['a list item and n unindented lines', (n) => `- [ ] a step\n${'a line\n'.repeat(n)}`, ['under', 16_000]],
  ['n quotes, each ended by a blank line', (n) => '> a quote\n\n'.repeat(n), ['under', 8_000]],
  ['n nested lists, each ended by an item', (n) => '- a step\n  - a part\n'.repeat(n), ['under', 8_000]],
  // Found in review: each item ends the list inside the one before; each setext heading; a footnote's lazy lines.
  ['n steps, each a list inside an item', (n) => '- - a step and a part of it\n'.repeat(n), ['under', 2_000]],
  [
    'n setext headings, each after 4 lines of prose',
    (n) => `${'The client walks to work and back, most days.\n'.repeat(4)}Week notes\n==========\n\n`.repeat(n),
    [370, 1_000],
  ],
  ['a footnote and n unindented lines', (n) => `[^1]: a source\n${'a line\n'.repeat(n)}`, ['under', 16_000]],
  // Found by the fuzzer's million-input run (seed 20261288783692, input 261): `yaml` checked each key
  // against every key before it in its map (80,000: 19 s). A shape starting `---` is its own plan.
  ['a frontmatter of n flow keys `[a]: b "c"`', (n) => frontmatterOf('[a]: b "c"\n'.repeat(n)), [20_000, 80_000]],
  [
    'a frontmatter of n keys `kN: v`',
    (n) => frontmatterOf(Array.from({ length: n }, (_, i) => `k${i}: v\n`).join('')),
    [20_000, 80_000],
  ],
];

// Not hostile (no square term, nothing refused), printed beside the shapes for
// scale: dense structure that the plain-chunk scanner leaves to remark, whose
// time per KB is micromark's own, several times prose's.
const DENSE: Array<[string, (n: number) => string, Size[]]> = [
  [
    'tall table, a cell with markup, n rows',
    (n) => `| a | **b** |\n| --- | --- |\n${'| c | d |\n'.repeat(n)}`,
    [5_000],
  ],
  // One level of sub-items is the scanner's (scan.ts); two are remark's.
  // Linear, but remark's cost per block: every line a setext heading or a nested item.
  ['n headings underlined with `===`, nothing between', (n) => 'a\n===\n'.repeat(n), [190]],
  // Found by the fuzzer's run (seed 20261290783692, input 160): about 30 events a definition in micromark.
  ['n link definitions `[a]: b "c"`', (n) => '[a]: b "c"\n'.repeat(n), [2_000, 20_000]],
  // A link definition keeps a plan in one piece (split.ts): remark, not the plain-chunk scanner, reads
  // each paragraph. Found in review: the guard's rough pass also looked for a `\r` once a run (1 MB: 7 s more).
  ['a link definition, then n one-word paragraphs', (n) => `[a]: b\n\n${'a\n\n'.repeat(n)}`, [20_000]],
  ["'- - a' × n", (n) => '- - a\n'.repeat(n), [110]],
  [
    'n steps, each with two levels of sub-items',
    (n) => '- [ ] a step\n  - a part of it\n    - a detail\n'.repeat(n),
    [50],
  ],
];

/** Whether the plan is refused, as tplan lint would find (the guard, or the parser's own count). */
function refused(text: string): boolean {
  clearParseCache();
  return lint(parsePlan(text), OPTIONS).some((d) => d.rule === 'plan-too-complex');
}

/** The largest n below `above` at which the shape is not refused (refusal grows with n). */
function under(make: (n: number) => string, above: number): number {
  let lo = 1;
  let hi = above - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (refused(planOf(make(mid)))) hi = mid - 1;
    else lo = mid;
  }
  return lo;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** Milliseconds of parsePlan + lint of a text, cold (no parse kept), the median of `runs`. */
function time(text: string, runs: number): { ms: number; rules: string } {
  let rules = '';
  const samples: number[] = [];
  // A text parsed in a few milliseconds is timed more often: one collection of garbage in three runs moves a
  // median by half. Up to 31 runs, or about half a second.
  for (let i = 0; i < runs || (i < 31 && samples.reduce((a, b) => a + b, 0) < 500); i++) {
    clearParseCache();
    const t = performance.now();
    const found = lint(parsePlan(text), OPTIONS);
    samples.push(performance.now() - t);
    rules = [...new Set(found.map((d) => `${d.rule}#${d.messageId}`))]
      .filter((r) => r.startsWith('plan-too'))
      .join(', ');
  }
  return { ms: median(samples), rules };
}

const kb = (text: string) => text.length / 1024;
const examples = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'))
  .join('\n');
// Warm up the JIT on plain plans first.
for (let i = 0; i < 10; i++) time(examples, 1);
const plainExamples = time(examples, 15).ms / kb(examples);
const generated = generatePlanOfLines(1_000);
time(generated, 3);
const plainScanned = time(generated, 15).ms / kb(generated);

// The examples joined: each one's frontmatter after the first is no frontmatter, and remark reads its section.
const chunks = split(examples).chunks;
const scanned = chunks.filter((c) => !chunkRefusal(c.text, c.frontmatter) && scanPlainChunk(c.text, c.frontmatter));
const share = scanned.reduce((n, c) => n + c.text.length, 0) / chunks.reduce((n, c) => n + c.text.length, 0);
console.log(
  `plain plans: the examples joined (${(100 * share).toFixed(0)} % of the text read by the plain-chunk scanner, the rest by remark) ${plainExamples.toFixed(2)} ms/KB; a generated 1,000-line plan (all read by the scanner) ${plainScanned.toFixed(2)} ms/KB\n`,
);
const head = ['shape', 'n', 'KB', 'ms', 'ms/KB', '× plain', 'result'];
const rows: string[][] = [];
const worst = { hostile: 0, dense: 0 };
for (const [kind, shapes] of [['hostile', SHAPES] as const, ['dense', DENSE] as const])
  for (const [name, make, sizes] of shapes)
    for (const [i, size] of sizes.entries()) {
      const n = size === 'under' ? under(make, sizes[i + 1] as number) : size;
      const text = planOf(make(n));
      const { ms, rules } = time(text, text.length > 500_000 ? 1 : 3);
      const perKb = ms / kb(text);
      worst[kind] = Math.max(worst[kind], perKb / plainExamples);
      rows.push([
        name,
        String(n),
        kb(text).toFixed(0),
        ms.toFixed(0),
        perKb.toFixed(2),
        (perKb / plainExamples).toFixed(1),
        rules || (kind === 'dense' ? 'parsed (dense, for scale)' : 'parsed'),
      ]);
    }
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nworst: ${worst.hostile.toFixed(1)} × the plain plan's time per KB (target ≤ 10 ×)`);
console.log(`dense structure read by remark, for scale: ${worst.dense.toFixed(1)} × (linear: micromark's own cost)`);
