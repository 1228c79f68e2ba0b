// Risk signals a plan carries: the modules it draws on, its diagnosis codes
// and its words (suicidal thoughts, self-harm, overdose, harm to others, access
// to firearms or stockpiled medication). A mention that is negated ("denies suicidal
// thoughts", "no thoughts of harming himself") is not a signal: as NegEx reads
// clinical text, a negation trigger shortly before a term (or a few words
// after it) in the same clause cancels it, and a clause ends at a sentence
// mark or a word such as "but". The product reports what it finds; the risk
// level is the clinician's judgement.

import type { Library } from '../library/library';
import { LineIndex } from '../plan/lines';
import { chunkRange, type Plan, type Position, type Problem, type Range } from '../plan/model';
import { memoize } from './memo';
import { shownText } from './shown';

export type RiskKind =
  'suicidal thoughts' | 'self-harm' | 'overdose' | 'harm to others' | 'firearm access' | 'stockpiled medication';

/** Modules whose problem is itself a risk signal, and of what. */
export const RISK_MODULE_KINDS: Readonly<Record<string, RiskKind>> = {
  'suicidal-thoughts': 'suicidal thoughts',
  'self-harm': 'self-harm',
  'opioid-use': 'overdose',
  'violence-risk': 'harm to others',
};
export const RISK_MODULES: readonly string[] = Object.keys(RISK_MODULE_KINDS);

/** Kinds that are about the means of harm: a safety plan then makes the environment safe. */
export const MEANS_KINDS: readonly RiskKind[] = ['firearm access', 'stockpiled medication'];

export interface RiskSignal {
  kind: RiskKind;
  /** Where the mention starts in the text, and how long it is. */
  index: number;
  length: number;
}

const SELF = String.raw`(?:my|him|her|them|your|our)sel(?:f|ves)`;
const TERMS: ReadonlyArray<[RiskKind, RegExp]> = [
  ['suicidal thoughts', /(?<!non[- ]?)\bsuicid(?:e|es|al|ality)\b/gi],
  ['suicidal thoughts', /\b(?:passive\s+)?thoughts?\s+(?:of|about)\s+(?:death|dying|being\s+dead)\b/gi],
  ['suicidal thoughts', /\bwish(?:es|ed|ing)?\s+(?:to\s+be|(?:she|he|they|i)\s+(?:were|was))\s+dead\b/gi],
  ['suicidal thoughts', /\bbetter\s+off\s+(?:dead|without\s+(?:me|him|her|them))\b/gi],
  // The clinical shorthand "SI", "S/I" ("SI/HI"), in capitals only: "si" is a word in other languages.
  ['suicidal thoughts', /(?<![\w/])S\/?I(?!\w)/g],
  ['suicidal thoughts', /\bpassive\s+ideation\b/gi],
  [
    'suicidal thoughts',
    new RegExp(
      String.raw`\b(?:kill(?:s|ed|ing)?\s+${SELF}|end(?:s|ed|ing)?\s+(?:my|his|her|their)\s+(?:own\s+)?li(?:fe|ves))\b`,
      'gi',
    ),
  ],
  ['self-harm', /\bself[- ]?(?:harm(?:s|ed|ing)?|injur(?:y|ies|ious|ing|ed))\b/gi],
  ['self-harm', /\bnssi\b/gi],
  ['self-harm', new RegExp(String.raw`\bharm(?:s|ed|ing)?\s+${SELF}\b`, 'gi')],
  ['self-harm', /\bcut(?:s|ting)?\s+(?:my|his|her|their)\s+(?:arms?|legs?|wrists?|thighs?|skin)\b/gi],
  ['overdose', /\boverdos(?:e|ed|es|ing)\b/gi],
  ['harm to others', /\bhomicid(?:e|es|al|ality)\b/gi],
  [
    'harm to others',
    /\b(?:harm|hurt|kill)(?:s|ed|ing)?\s+(?:others|other\s+people|someone(?:\s+else)?|(?:his|her|their|my)\s+(?:partner|wife|husband|boss|coworker|neighbou?r))\b/gi,
  ],
  ['firearm access', /\b(?:fire\s?arms?|guns?|hand\s?guns?|rifles?|shotguns?|pistols?|revolvers?)\b/gi],
  ['stockpiled medication', /\bstockpil(?:e|es|ed|ing)\b/gi],
  ['stockpiled medication', /\b(?:sav|hoard)(?:e|es|ed|ing|s)?\s+(?:up\s+)?(?:pills|tablets|medications?|meds)\b/gi],
];

/** Words that end a clause: a negation before them does not reach past them. */
const CLAUSE_END = /[.;!?\n]|\b(?:but|however|although|though|yet|except|apart from|aside from|whereas)\b/gi;
/** Negation triggers read before a term (NegEx's pre-negation list, in the words plans use). */
const PRE =
  /\b(?:no|not|denies|denied|deny|denying|without|never|none|nor|negative\s+for|free\s+of|absence\s+of|no\s+evidence\s+of|rules?\s+out|ruled\s+out|doesn't|does\s+not|didn't|did\s+not|hasn't|has\s+not|haven't|have\s+not|isn't|is\s+not|wasn't|was\s+not|cannot|can't)\b/gi;
/** Phrases that look like a negation and are not one. */
const PSEUDO =
  /\b(?:not\s+only|no\s+(?:change|increase|decrease|improvement|worsening)\s+in|not\s+necessarily|not\s+ruled\s+out|cannot\s+rule\s+out|can't\s+rule\s+out|no\s+longer\s+denies)\b/gi;
/** Negation triggers read after a term, up to five words on: "suicidal thoughts: denied", "suicide risk on the C-SSRS: negative". */
const POST =
  /^[\s:,()-]*(?:[\w-]+[\s:,()-]+){0,5}?(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:denied|ruled\s+out|not\s+present|absent|negative|none)\b/i;

/** The clause around `at`: from the last clause end before it to the next one after it. */
function clause(text: string, at: number, length: number): { before: string; after: string } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    }
  }
  return { before: text.slice(start, at), after: text.slice(at + length, end) };
}

function negated(text: string, at: number, length: number): boolean {
  const { before, after } = clause(text, at, length);
  // The last eight words before the term: "denies suicidal thoughts and any thoughts of harming herself".
  const window = before.split(/\s+/).filter(Boolean).slice(-8).join(' ');
  const pseudo = [...window.matchAll(PSEUDO)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of window.matchAll(PRE)) {
    if (!pseudo.some(([s, e]) => m.index >= s && m.index < e)) return true;
  }
  return POST.test(after);
}

/** The risk signals a text mentions, negated mentions left out, in order. */
export function riskSignals(text: string): RiskSignal[] {
  const out: RiskSignal[] = [];
  for (const [kind, re] of TERMS) {
    for (const m of text.matchAll(re)) {
      if (negated(text, m.index, m[0].length)) continue;
      if (out.some((s) => m.index < s.index + s.length && s.index < m.index + m[0].length)) continue;
      out.push({ kind, index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Diagnosis codes that are risk signals (ICD-10-CM). */
export function riskCodes(codes: readonly string[]): Array<{ code: string; kind: RiskKind }> {
  const out: Array<{ code: string; kind: RiskKind }> = [];
  for (const code of codes) {
    const c = code.toUpperCase();
    let kind: RiskKind | undefined;
    // R45.851 suicidal ideations; T14.91 suicide attempt; Z91.51 personal history of suicidal behavior.
    if (c === 'R45.851' || c.startsWith('T14.91') || c === 'Z91.51') kind = 'suicidal thoughts';
    // R45.88 nonsuicidal self-harm; Z91.52 its history; X71-X83 intentional self-harm.
    else if (c === 'R45.88' || c === 'Z91.52' || /^X(7[1-9]|8[0-3])\b/.test(c)) kind = 'self-harm';
    // T36-T65 with 2 as the sixth character: poisoning, intentional self-harm.
    else if (/^T(3[6-9]|[45]\d|6[0-5])\.[0-9A-Z]{2}2/.test(c)) kind = 'overdose';
    // R45.850 homicidal ideations.
    else if (c === 'R45.850') kind = 'harm to others';
    if (kind) out.push({ code, kind });
  }
  return out;
}

// ---------------------------------------------------------------- the signals of a plan

/** A risk signal found in a plan, and where it stands. */
export interface PlanRiskSignal {
  readonly kind: RiskKind;
  readonly source: 'text' | 'code' | 'module';
  readonly range: Range;
}

// Signals by chunk text (frontmatter chunks marked): an edit scans one section again.
const scanChunk = memoize((key: string): Array<{ kind: RiskKind; range: Range }> => {
  const frontmatter = key.startsWith('\u0000');
  const text = frontmatter ? key.slice(1) : key;
  const lines = new LineIndex(text);
  return riskSignals(shownText(text, frontmatter)).map((s) => ({
    kind: s.kind,
    range: lines.range(s.index, s.index + s.length),
  }));
}, 1024);

// A problem's module, by problem and library: a problem an edit did not touch is looked up once.
const kindByProblem = new WeakMap<Library, WeakMap<Problem, RiskKind | null>>();

function moduleKind(problem: Problem, library: Library): RiskKind | undefined {
  let byProblem = kindByProblem.get(library);
  if (!byProblem) kindByProblem.set(library, (byProblem = new WeakMap()));
  let kind = byProblem.get(problem);
  if (kind === undefined) {
    const module = library.moduleFor(problem);
    kind = (module && RISK_MODULE_KINDS[module.id]) ?? null;
    byProblem.set(problem, kind);
  }
  return kind ?? undefined;
}

// The signals of a plan, by plan and library: three rules ask for them.
const byPlan = new WeakMap<Plan, { library: Library; signals: readonly PlanRiskSignal[] }>();

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * Every risk signal of a plan: its problems' modules, its diagnosis codes, its
 * words. The safety plan's own words are left out: it is the answer to the
 * risk ("988 Suicide & Crisis Lifeline", "the rifle is kept at my brother's"),
 * not a new sign of it. In document order.
 */
export function planRiskSignals(plan: Plan, library: Library): readonly PlanRiskSignal[] {
  const cached = byPlan.get(plan);
  if (cached && cached.library === library) return cached.signals;
  const out: PlanRiskSignal[] = [];
  for (const problem of plan.problems) {
    const kind = moduleKind(problem, library);
    if (kind) out.push({ kind, source: 'module', range: problem.heading.textRange });
  }
  for (const d of plan.meta.diagnoses?.value ?? []) {
    if (!d.code) continue;
    for (const { kind } of riskCodes([d.code.value])) out.push({ kind, source: 'code', range: d.code.range });
  }
  const safety = plan.safetyPlan;
  const inSafetyPlan = (p: Position) => !!safety && !before(p, safety.heading.range.start) && before(p, safety.end);
  for (const chunk of plan.chunks) {
    for (const s of scanChunk(chunk.frontmatter ? `\u0000${chunk.text}` : chunk.text)) {
      const range = chunkRange(chunk, s.range);
      if (!inSafetyPlan(range.start)) out.push({ kind: s.kind, source: 'text', range });
    }
  }
  const signals = out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  byPlan.set(plan, { library, signals });
  return signals;
}

/** The kinds of signals, each once, in the order first found: "suicidal thoughts and firearm access". */
export function signalKinds(signals: readonly PlanRiskSignal[]): string {
  const kinds = [...new Set(signals.map((s) => s.kind))];
  return kinds.length <= 1 ? (kinds[0] ?? '') : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
}
