// The fuzzer's inputs and checks, shared by `npm run fuzz` (long runs, worker
// threads) and a short seeded pass in `npm test`. Inputs are grammar-aware
// mutations of the example plans (one with a Measures table) and random
// strings, with the lines a table breaks on; every input must hold:
// no exception, ranges inside the document, the same answer twice, an
// incremental parse equal to a fresh one, a section-wise parse equal to a
// whole-document one, the plain-chunk scanner equal to remark where it answers, `--fix` idempotent and bounded, a FHIR export valid
// against the R4 schema, outline ranges that hold their selection ranges.

import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import { toFhir } from '../../server/src/export/fhir';
import { documentSymbols, type PlanSymbol } from '../../server/src/features/outline';
import { builtinModules } from '../../server/src/library/builtin';
import { createLibrary } from '../../server/src/library/library';
import { fixText } from '../../server/src/lint/fixes';
import { INTERNAL_ERROR, lint, textChecker } from '../../server/src/lint/lint';
import { LineIndex } from '../../server/src/plan/lines';
import type { Plan, Position, Range } from '../../server/src/plan/model';
import { parseChunk } from '../../server/src/plan/blocks';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { plainYaml } from '../../server/src/plan/plainYaml';
import { fromYaml } from '../../server/src/plan/yamlTree';
import { scanPlainChunk } from '../../server/src/plan/scan';
import { split } from '../../server/src/plan/split';

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

const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, list: readonly T[]): T => list[int(r, list.length)]!;

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

/** One mutation of a text, by line or by character. */
function mutate(r: Random, text: string): string {
  const lines = text.split('\n');
  const at = int(r, lines.length + 1);
  switch (int(r, 10)) {
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

// ---------------------------------------------------------------- checks

const library = createLibrary(builtinModules());
const OPTIONS = { today: '2026-11-28', library, fileName: 'fuzz.plan.md' };

let validateFhir: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;
/** Validates against HL7's R4 schema, given its JSON (read by the caller: the harness does no I/O). */
export function useFhirSchema(schema: { definitions: unknown }): void {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  ajv.addMetaSchema(draft6);
  validateFhir = ajv.compile({
    $schema: 'http://json-schema.org/draft-06/schema#',
    definitions: schema.definitions,
    allOf: [{ $ref: '#/definitions/Bundle' }],
  });
}

// The plans inputs are mutated from (the examples), parsed once: an incremental
// parse from a plan another input already started from must still be exact.
const bases = new Map<string, Plan>();
function planOf(text: string): Plan {
  let plan = bases.get(text);
  if (!plan) bases.set(text, (plan = parsePlan(text)));
  return plan;
}

function comparable(plan: Plan): string {
  const { chunks: _chunks, ...rest } = plan;
  return JSON.stringify(rest);
}

function insideText(lines: LineIndex, p: Position): boolean {
  if (p.line < 0 || p.line >= lines.lineCount || p.character < 0) return false;
  return p.character <= lines.lineEnd(p.line) - lines.starts[p.line]!;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function symbolsHold(symbols: readonly PlanSymbol[]): boolean {
  return symbols.every(
    (s) => before(s.range.start, s.range.end) && within(s.selectionRange, s.range) && symbolsHold(s.children),
  );
}

/** Checks one input; returns what failed (empty: it held). `previous` is the text it was mutated from. */
export function check(text: string, previous?: string): string[] {
  const failures: string[] = [];
  const fail = (what: string) => failures.push(what);
  try {
    const plan = parsePlan(text);
    const diagnostics = lint(plan, OPTIONS);
    if (diagnostics.some((d) => d.messageId === INTERNAL_ERROR)) fail('a rule threw');
    const lines = new LineIndex(text);
    for (const d of diagnostics) {
      if (!insideText(lines, d.range.start) || !insideText(lines, d.range.end) || !before(d.range.start, d.range.end))
        fail(`range outside the text: ${d.rule} ${JSON.stringify(d.range)}`);
    }
    if (JSON.stringify(lint(plan, OPTIONS)) !== JSON.stringify(diagnostics)) fail('not deterministic');
    if (previous !== undefined && comparable(parsePlan(text, { previous: planOf(previous) })) !== comparable(plan))
      fail('incremental parse differs from a fresh one');
    if (comparable(parsePlan(text, { whole: true })) !== comparable(plan))
      fail('section-wise parse differs from whole');
    for (const chunk of split(text).chunks) {
      const scanned = scanPlainChunk(chunk.text, chunk.frontmatter);
      if (scanned && JSON.stringify(scanned) !== JSON.stringify(parseChunk(chunk.text, chunk.frontmatter)))
        fail('the plain-chunk scanner differs from remark');
      const yamlText = chunk.frontmatter ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(chunk.text)?.[1] : undefined;
      const plainTree = yamlText === undefined ? undefined : plainYaml(yamlText);
      if (plainTree && JSON.stringify(plainTree) !== JSON.stringify(fromYaml(yamlText!)))
        fail('the plain frontmatter reader differs from yaml');
    }
    if (!symbolsHold(documentSymbols(plan))) fail('an outline range does not hold its selection range');
    const fixed = fixText(text, textChecker(OPTIONS));
    if (fixed.fixed > 0) {
      if (fixText(fixed.text, textChecker(OPTIONS)).fixed > 0) fail('--fix is not idempotent');
      if (fixed.text.length > text.length + 4_000) fail('--fix grew the text by more than a skeleton');
    }
    if (validateFhir && !validateFhir(toFhir(plan, library))) fail('FHIR export invalid against R4');
  } catch (e) {
    fail(`threw ${(e as Error).name}`);
  }
  return failures;
}

/** The inputs of a seed, in order, each with the text it was mutated from (if any). */
function* inputs(seed: number, examples: readonly string[]): Generator<{ text: string; base?: string }> {
  const r = random(seed);
  for (;;) {
    const base = r() < 0.5 ? pick(r, examples) : undefined;
    yield base !== undefined ? { text: mutate(r, base), base } : { text: input(r, examples) };
  }
}

/** Input `n` of a seed, as `run` makes it: to check or time one input again. */
export function inputAt(seed: number, n: number, examples: readonly string[]): { text: string; base?: string } {
  const all = inputs(seed, examples);
  for (let i = 0; i < n; i++) all.next();
  return all.next().value as { text: string; base?: string };
}

/** Runs `count` inputs of a seed; returns the failing ones (at most 20) and the slowest input (its time, length and index). */
export function run(seed: number, count: number, examples: readonly string[]) {
  const all = inputs(seed, examples);
  const failing: Array<{ n: number; text: string; failures: string[] }> = [];
  let slowest = { ms: 0, length: 0, n: -1 };
  for (let n = 0; n < count; n++) {
    const { text, base } = all.next().value as { text: string; base?: string };
    const t = performance.now();
    const failures = check(text, base);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, length: text.length, n };
    if (failures.length && failing.length < 20) failing.push({ n, text, failures });
  }
  return { failing, slowest };
}
