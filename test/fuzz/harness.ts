// The fuzzer's inputs and checks, shared by `npm run fuzz` (long runs, worker
// threads) and a short seeded pass in `npm test`. Inputs are grammar-aware
// mutations of the example plans (one with a Measures table; inputs.ts: the
// hostile structures of issue 31, wrapped and continued step lines, the lines
// a table breaks on) and random strings; every input must hold:
// no exception, ranges inside the document, the same answer twice, an
// incremental parse equal to a fresh one, a section-wise parse equal to a
// whole-document one, the plain-chunk scanner equal to remark where it answers, `--fix` idempotent and bounded, a FHIR export valid
// against the R4 schema, outline ranges that hold their selection ranges.

import { createHash } from 'node:crypto';
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
import { chunkKey, clearParseCache, parsePlan } from '../../server/src/plan/parsePlan';
import { plainYaml } from '../../server/src/plan/plainYaml';
import { fromYaml } from '../../server/src/plan/yamlTree';
import { scanPlainChunk } from '../../server/src/plan/scan';
import { split } from '../../server/src/plan/split';
import { chunkRefusal } from '../../server/src/plan/guard';
import { input, mutate, pick, random } from './inputs';

export { hostile, input, mutate, pick, random, type Random } from './inputs';

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

// Refusals that count what the parser is given at once (guard-containers.ts, rebuilds.ts).
const HOLDING = new Set(['closing', 'underline', 'rebuilds']);
const closings = (plan: Plan) => plan.parseFindings.some((f) => HOLDING.has(f.messageId ?? ''));

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

// Two checks below are of pure functions of one string (a chunk's text; an export's JSON, which
// is what is validated): a string that passed once passes again, and is checked once. Most chunks
// of a mutated plan are its base's, unchanged, and many exports repeat: about a third of the
// fuzzer's time went to comparing what had already been compared. The strings are kept as
// digests (an export is about 12 KB).
const held = new Set<string>();
const valid = new Set<string>();
const digest = (key: string) => createHash('sha256').update(key).digest('base64');
function remember(set: Set<string>, key: string): void {
  if (set.size >= 100_000) set.clear();
  set.add(digest(key));
}
const passed = (set: Set<string>, key: string) => set.has(digest(key));

/** Forgets what passed and what was parsed: the next check does all its work, cold (`--retime`). */
export function forgetPassed(): void {
  held.clear();
  valid.clear();
  // Without this, the 2nd to 5th checks found the input's sections parsed: a 250 KB input the run
  // timed at 12 s was retimed at 0.3 s.
  clearParseCache();
}

/** Checks one input; returns what failed (empty: it held). `previous` is the text it was mutated from. */
export function check(text: string, previous?: string, fixes?: { fixable: number; notIdempotent: number }): string[] {
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
    // Closings, underlines and rebuilds cost the parser by how much of the text it holds: a plan can be
    // refused for them in one piece and not in sections, or at another line. Every other refusal agrees.
    const whole = parsePlan(text, { whole: true });
    if (comparable(whole) !== comparable(plan) && !closings(whole) && !closings(plan))
      fail('section-wise parse differs from whole');
    for (const chunk of split(text).chunks) {
      // What the guard refuses, parsePlan never parses: remark would take minutes on it.
      if (chunkRefusal(chunk.text, chunk.frontmatter)) continue;
      const key = chunkKey(chunk);
      if (!passed(held, key)) {
        const scanned = scanPlainChunk(chunk.text, chunk.frontmatter);
        if (scanned && JSON.stringify(scanned) !== JSON.stringify(parseChunk(chunk.text, chunk.frontmatter)))
          fail('the plain-chunk scanner differs from remark');
        else remember(held, key);
      }
      const yamlText = chunk.frontmatter ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(chunk.text)?.[1] : undefined;
      const plainTree = yamlText === undefined ? undefined : plainYaml(yamlText);
      if (plainTree && JSON.stringify(plainTree) !== JSON.stringify(fromYaml(yamlText!)))
        fail('the plain frontmatter reader differs from yaml');
    }
    if (!symbolsHold(documentSymbols(plan))) fail('an outline range does not hold its selection range');
    // The first pass starts from the plan above (its chunks are reused, not parsed again: an incremental
    // parse of the same text); the second `--fix` starts fresh, as a second `tplan lint --fix` does.
    const fixed = fixText(text, textChecker(OPTIONS, plan));
    if (fixed.fixed > 0) {
      if (fixes) fixes.fixable++;
      if (fixText(fixed.text, textChecker(OPTIONS)).fixed > 0) {
        fail('--fix is not idempotent');
        if (fixes) fixes.notIdempotent++;
      }
      if (fixed.text.length > text.length + 4_000) fail('--fix grew the text by more than a skeleton');
    }
    if (validateFhir) {
      const key = JSON.stringify(toFhir(plan, library));
      if (!passed(valid, key)) {
        if (validateFhir(JSON.parse(key))) remember(valid, key);
        else fail('FHIR export invalid against R4');
      }
    }
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

/**
 * Runs `count` inputs of a seed; returns the failing ones (at most 20), the
 * slowest input (its time, length and index), and how many inputs `--fix`
 * changed and how many of those a second `--fix` changed again.
 */
export function run(seed: number, count: number, examples: readonly string[]) {
  const all = inputs(seed, examples);
  const failing: Array<{ n: number; text: string; failures: string[] }> = [];
  const fixes = { fixable: 0, notIdempotent: 0 };
  let slowest = { ms: 0, length: 0, n: -1 };
  for (let n = 0; n < count; n++) {
    const { text, base } = all.next().value as { text: string; base?: string };
    const t = performance.now();
    const failures = check(text, base, fixes);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, length: text.length, n };
    if (failures.length && failing.length < 20) failing.push({ n, text, failures });
  }
  return { failing, slowest, fixes };
}
