// `npm run bench`: how fast the engine is on generated plans of 100, 1,000 and
// 10,000 lines. Medians of repeated runs; a benchmark, not a timed test.
import * as fs from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { clearParseCache, parsePlan } from '../../server/src/plan/parsePlan';
import { lint } from '../../server/src/lint/lint';
import { createLibrary } from '../../server/src/library/library';
import { builtinModules } from '../../server/src/library/builtin';
import { generatePlanOfLines } from '../helpers/generate';
import { renderHtml } from '../../server/src/render/html';
import { unknownProblem } from '../../server/src/rules/unknown-problem';
import { defaultConfig, type PlanConfig } from '../../server/src/config/config';
import { readRisk } from '../../server/src/text/risk/reader';

// Loading the library: every built-in module and the ICD-10-CM table, as a process does once.
const loadStart = performance.now();
const library = createLibrary(builtinModules());
const codeCount = library.codes.size;
const loadMs = performance.now() - loadStart;
// Looking up a code: the average over many lookups of known and unknown codes.
const sample = ['F33.1', 'F41.1', 'F43.10', 'Z63.0', 'F41.7', 'F90.2', 'F10.20', 'F99'];
let found = 0;
const lookups = 2_000_000;
const lookupStart = performance.now();
for (let i = 0; i < lookups; i++) if (library.codes.title(sample[i & 7]!) !== undefined) found++;
const lookupNs = ((performance.now() - lookupStart) * 1e6) / lookups;
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const options = { today: '2026-11-28', library, fileName: 'bench.plan.md' };

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, fn: (i: number) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const rows: string[][] = [];
for (const lines of [100, 1_000, 10_000]) {
  const text = generatePlanOfLines(lines);
  const actual = text.split('\n').length;
  const runs = lines >= 10_000 ? 7 : lines >= 1_000 ? 25 : 100;
  // Warm up the JIT once on this size.
  remark.parse(text);
  clearParseCache();
  lint(parsePlan(text), options);

  const remarkMs = time(runs, () => remark.parse(text));
  let parseMs = 0;
  let lintMs = 0;
  const coldMs = time(runs, () => {
    clearParseCache();
    const t0 = performance.now();
    const plan = parsePlan(text);
    const t1 = performance.now();
    lint(plan, options);
    parseMs += t1 - t0;
    lintMs += performance.now() - t1;
  });
  // One-character edits in a section in the middle, each parsed with the
  // plan of the version before it, as the language server does.
  clearParseCache();
  let previous = parsePlan(text);
  lint(previous, options);
  const at = text.indexOf('### Goal: ', Math.floor(text.length / 2)) + 10;
  const editMs = time(Math.max(41, runs * 2), (i) => {
    const edited = text.slice(0, at) + String.fromCharCode(65 + (i % 26)) + String(i) + text.slice(at);
    previous = parsePlan(edited, { previous });
    lint(previous, options);
  });
  rows.push([
    `${actual}`,
    remarkMs.toFixed(1),
    coldMs.toFixed(1),
    editMs.toFixed(2),
    `${((lintMs / parseMs) * 100).toFixed(0)} %`,
  ]);
}

// Rendering a 1,000-line plan (the preview and the HTML export).
const plan1000 = parsePlan(generatePlanOfLines(1_000, 3));
renderHtml(plan1000, { mode: 'export', today: '2026-11-28', library });
const renderMs = time(25, () => renderHtml(plan1000, { mode: 'export', today: '2026-11-28', library }));

// unknown-problem on the 10,000-line plan with every statement new to the
// matcher (a fresh library each run: nothing memoized), problem names made
// distinct and statement-like.
const statements = generatePlanOfLines(10_000).replace(
  /^## Problem: (.*)$/gm,
  (_, name: string, offset: number) => `## Problem: ${name} since the move in spring, worse at night ${offset}`,
);
const statementPlan = parsePlan(statements);
const fresh = Array.from({ length: 15 }, () => createLibrary(builtinModules()));
const unknownMs = time(15, (i) => lint(statementPlan, { ...options, library: fresh[i]!, rules: [unknownProblem] }));
const problemCount = statementPlan.problems.length;

// Lint of the 10,000-line plan with every requirement set on, against none: a
// fresh plan each run, the three cases taken in turn (in alternating order) so
// that the heap's state and the collector favour none of them.
const tenK = generatePlanOfLines(10_000);
const allSets = { ...defaultConfig(), requirements: ['medicare', 'carf', 'joint-commission'] };
// The same plan with the client's words under every goal: the sets' checks without a finding on every goal.
const worded = tenK.replace(/^(### Goal: .*)$/gm, '$1\n\n> "In my own words."');
const setCases: Array<{ text: string; config?: PlanConfig; samples: number[]; whole: number[] }> = [
  { text: tenK, samples: [], whole: [] },
  { text: tenK, config: allSets, samples: [], whole: [] },
  { text: worded, config: allSets, samples: [], whole: [] },
];
for (let i = 0; i < 31; i++) {
  for (const c of i % 2 ? [...setCases].reverse() : setCases) {
    clearParseCache();
    const start = performance.now();
    const plan = parsePlan(c.text);
    const t = performance.now();
    lint(plan, { ...options, ...(c.config ? { config: c.config } : {}) });
    const end = performance.now();
    c.samples.push(end - t);
    c.whole.push(end - start);
  }
}
const [lintNoSets, lintAllSets, lintWorded] = setCases.map((c) => median(c.samples)) as [number, number, number];
// What `tplan lint` waits for on the plan: the parse and the rules.
const [wholeNoSets, wholeAllSets] = setCases.map((c) => median(c.whole)) as [number, number];
const findingsAllSets = lint(parsePlan(tenK), { ...options, config: allSets }).length;
const findingsNoSets = lint(parsePlan(tenK), options).length;

// A plan with 1,000 score rows in its Measures table (two instruments, a step's target on each):
// cold (parse and lint), the rules alone, and after a row is added (as the editor re-parses it).
const scoreRows = Array.from({ length: 1_000 }, (_, i) => {
  // A score of each instrument every other day from the plan's creation (2026-11-02) on.
  const day = new Date(Date.UTC(2026, 10, 2) + i * 86_400_000).toISOString().slice(0, 10);
  return i % 2 ? `| ${day} | GAD-7 | ${4 + (i % 17)} | |` : `| ${day} | PHQ-9 | ${3 + (i % 24)} | weekly |`;
});
const measured = generatePlanOfLines(100)
  .replace(
    /^(#### Steps\n\n)/m,
    '$1- [ ] Score below 10 on the PHQ-9 at two sessions in a row, by 2030-01-01\n- [ ] GAD-7 under 5, by 2030-01-01\n',
  )
  .concat(`\n## Measures\n\n| Date | Measure | Score | Note |\n| --- | --- | --- | --- |\n${scoreRows.join('\n')}\n`);
const scoreOptions = { ...options, today: '2029-08-31' };
lint(parsePlan(measured), scoreOptions);
const scoreCold = time(25, () => {
  clearParseCache();
  lint(parsePlan(measured), scoreOptions);
});
const scorePlan = parsePlan(measured);
// The rules alone on a fresh parse each time (nothing read of the rows yet).
const scoreLintSamples: number[] = [];
for (let i = 0; i < 25; i++) {
  clearParseCache();
  const fresh = parsePlan(measured);
  const t = performance.now();
  lint(fresh, scoreOptions);
  scoreLintSamples.push(performance.now() - t);
}
const scoreLint = median(scoreLintSamples);
let scorePrevious = parsePlan(measured);
const scoreEdit = time(25, (i) => {
  const edited = `${measured}| 2029-08-${String(1 + (i % 28)).padStart(2, '0')} | PHQ-9 | ${i % 27} | |\n`;
  scorePrevious = parsePlan(edited, { previous: scorePrevious });
  lint(scorePrevious, scoreOptions);
});
const scoreFindings = lint(scorePlan, scoreOptions).filter((d) => d.rule.startsWith('measure')).length;

const pct = (x: number) => `${x >= lintNoSets ? '+' : ''}${((x / lintNoSets - 1) * 100).toFixed(0)} %`;

const head = [
  'lines',
  'remark whole-text parse (ms)',
  'cold parsePlan + lint (ms)',
  're-lint after 1-char edit (ms)',
  'lint / parse',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nrenderHtml of a 1,000-line plan: ${renderMs.toFixed(1)} ms (median of 25; target ≤ 50 ms)`);
console.log(
  `library load (${library.modules.length} modules, ${codeCount} codes): ${loadMs.toFixed(1)} ms, once per process`,
);
console.log(
  `unknown-problem on the 10,000-line plan, ${problemCount} distinct statements, nothing memoized: ${unknownMs.toFixed(1)} ms (target ≤ 5 ms)`,
);
console.log(
  `lint of the 10,000-line plan (parse excluded, medians of 31 taken in turn): ${lintNoSets.toFixed(1)} ms with no requirement set (${findingsNoSets} findings), ${lintAllSets.toFixed(1)} ms with all three (${findingsAllSets} findings, ${pct(lintAllSets)}), ${lintWorded.toFixed(1)} ms with all three and client words under every goal (${pct(lintWorded)}; rules only: the parse dominates what tplan lint waits for, below)`,
);
console.log(
  `parse + lint of the 10,000-line plan (what tplan lint waits for): ${wholeNoSets.toFixed(0)} ms with no requirement set, ${wholeAllSets.toFixed(0)} ms with all three (${wholeAllSets >= wholeNoSets ? '+' : ''}${((wholeAllSets / wholeNoSets - 1) * 100).toFixed(1)} %; target ≤ +10 %)`,
);
console.log(
  `lint of a plan with 1,000 score rows (${scorePlan.measures[0]?.rows.length ?? 0} rows read, ${scoreFindings} measure findings): ${scoreCold.toFixed(1)} ms parse + lint cold (target ≤ 20 ms), ${scoreLint.toFixed(1)} ms the rules alone, ${scoreEdit.toFixed(1)} ms after a row is added (medians of 25)`,
);
// The risk reader on text dense with risk words, against a plain plan: time per KB, which a
// linear reader keeps about level as the text grows.
const riskShapes: Array<[string, string]> = [
  ['plain plan', generatePlanOfLines(1_000)],
  ['"SI, " run-on', 'SI, '.repeat(20_000)],
  ['"Denies SI and HI, " run-on', 'Denies SI and HI, '.repeat(4_000)],
  ['"SI today." lines', 'SI today.\n'.repeat(5_000)],
];
const riskPerKb = riskShapes.map(([name, text]) => {
  readRisk(text.slice(0, 2_000));
  const ms = time(3, () => readRisk(text));
  return `${name} ${((ms / text.length) * 1024).toFixed(2)} ms/KB (${(text.length / 1024).toFixed(0)} KB)`;
});
console.log(`risk reader, time per KB (medians of 3): ${riskPerKb.join('; ')}`);
console.log(`code lookup: ${lookupNs.toFixed(0)} ns on average (${found} found)`);
console.log(
  `\nnode ${process.version}, ${fs.existsSync('/proc/cpuinfo') ? (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? '') : ''}`,
);
