// The risk signals of a plan: its problems' modules, its diagnosis codes and
// its words, each with its category, the words it was read from and whether
// it is history. The product reports what it reads; the risk level is the
// clinician's judgement, and nothing here sets one.

import type { Library } from '../../library/library';
import { LineIndex } from '../../plan/lines';
import { chunkRange, type Plan, type Position, type Problem, type Range } from '../../plan/model';
import { memoize } from '../../base/memo';
import { shortcutsOn } from '../../base/shortcuts';
import { quote } from '../plan-text';
import { shownText } from '../shown';
import { isFiller } from '../filler';
import { CATEGORY_NAMES, type RiskCategory } from './categories';
import { mentionIsPast, readRisk, type RiskMention } from './reader';

/** Modules whose problem is itself a risk signal, and of what. */
export const RISK_MODULE_CATEGORIES: Readonly<Record<string, RiskCategory>> = {
  'suicidal-thoughts': 'suicidal-ideation',
  'self-harm': 'self-injury',
  'opioid-use': 'overdose-risk',
  'violence-risk': 'harm-to-others',
};
export const RISK_MODULES: readonly string[] = Object.keys(RISK_MODULE_CATEGORIES);

/** A risk signal found in a plan, and where it stands. */
export interface PlanRiskSignal {
  readonly category: RiskCategory;
  readonly source: 'text' | 'code' | 'module';
  readonly range: Range;
  /** What was read: the plan's words, the code, or the problem's heading text. */
  readonly words: string;
  /** Called history, or dated three months or more before the day the plan is read. */
  readonly past: boolean;
  /** A topic, not an account: a problem's module or words in a heading ("## Problem: Self-harm"). */
  readonly topic: boolean;
}

/** Diagnosis codes that are risk signals (ICD-10-CM), with whether the code itself says history. */
export function riskCodes(codes: readonly string[]): Array<{ code: string; category: RiskCategory; past: boolean }> {
  const out: Array<{ code: string; category: RiskCategory; past: boolean }> = [];
  for (const code of codes) {
    const c = code.toUpperCase();
    let category: RiskCategory | undefined;
    let past = false;
    // R45.851 suicidal ideations; T14.91 suicide attempt; Z91.51 personal history of suicidal behavior.
    if (c === 'R45.851') category = 'suicidal-ideation';
    else if (c.startsWith('T14.91')) category = 'attempt';
    else if (c === 'Z91.51') [category, past] = ['attempt', true];
    // R45.88 nonsuicidal self-harm; Z91.52 its history; X71-X83 intentional self-harm.
    else if (c === 'R45.88') category = 'self-injury';
    else if (c === 'Z91.52') [category, past] = ['self-injury', true];
    else if (/^X(7[1-9]|8[0-3])\b/.test(c)) category = 'attempt';
    // T36-T65 with 2 as the sixth character: poisoning, intentional self-harm.
    else if (/^T(3[6-9]|[45]\d|6[0-5])\.[0-9A-Z]{2}2/.test(c)) category = 'attempt';
    // R45.850 homicidal ideations.
    else if (c === 'R45.850') category = 'harm-to-others';
    if (category) out.push({ code, category, past });
  }
  return out;
}

// The clinician's reason for the level is not itself a sign of risk ("denies SI; no plan; her
// overdose in 2019 was reviewed"): its value, and the lines it continues on, are not read.
const RATIONALE = /^risk-rationale[ \t]*:[^\n]*(?:\n(?:[ \t]+[^\n]*|[ \t]*(?=\n)))*/m;

// Mentions by chunk text (frontmatter chunks marked, and by the shortcuts' switch, so that a
// switch turned off reads again): an edit reads one section again.
const readChunk = memoize((key: string): Array<{ mention: RiskMention; range: Range; words: string }> => {
  const frontmatter = key[1] === '\u0000';
  const text = key.slice(frontmatter ? 2 : 1);
  const lines = new LineIndex(text);
  let shown = shownText(text, frontmatter);
  if (frontmatter) shown = shown.replace(RATIONALE, (m) => m.replace(/[^\n\r]/g, ' '));
  return readRisk(shown, { prefilter: key[0] === '1' }).map((mention) => ({
    mention,
    range: lines.range(mention.index, mention.index + mention.length),
    words: text.slice(mention.index, mention.index + mention.length).replace(/\s+/g, ' '),
  }));
}, 1024);

// A problem's module, by problem and library: a problem an edit did not touch is looked up once.
const categoryByProblem = new WeakMap<Library, WeakMap<Problem, RiskCategory | null>>();

function moduleCategory(problem: Problem, library: Library): RiskCategory | undefined {
  let byProblem = categoryByProblem.get(library);
  if (!byProblem) categoryByProblem.set(library, (byProblem = new WeakMap()));
  let category = byProblem.get(problem);
  if (category === undefined) {
    const module = library.moduleFor(problem);
    category = (module && RISK_MODULE_CATEGORIES[module.id]) ?? null;
    byProblem.set(problem, category);
  }
  return category ?? undefined;
}

// The signals of a plan, by plan, library and day: four rules and the hover ask for them.
const byPlan = new WeakMap<Plan, { library: Library; today: string; signals: readonly PlanRiskSignal[] }>();

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * Every risk signal of a plan, in document order. The safety plan's own words
 * are left out: it is the answer to the risk ("the rifle is kept at my
 * brother's"), not a new sign of it; crisis resources anywhere are not read as
 * risk by the reader itself.
 */
export function planRiskSignals(plan: Plan, library: Library, today: string): readonly PlanRiskSignal[] {
  const cached = byPlan.get(plan);
  if (cached && cached.library === library && cached.today === today) return cached.signals;
  const out: PlanRiskSignal[] = [];
  for (const problem of plan.problems) {
    const category = moduleCategory(problem, library);
    if (category)
      out.push({
        category,
        source: 'module',
        range: problem.heading.textRange,
        words: problem.name,
        past: false,
        topic: true,
      });
  }
  for (const d of plan.meta.diagnoses?.value ?? []) {
    if (!d.code) continue;
    for (const { category, past } of riskCodes([d.code.value]))
      out.push({ category, source: 'code', range: d.code.range, words: d.code.value, past, topic: false });
  }
  const safety = plan.safetyPlan;
  const inSafetyPlan = (p: Position) => !!safety && !before(p, safety.heading.range.start) && before(p, safety.end);
  const headingLines = new Set(plan.headings.map((h) => h.range.start.line));
  for (const chunk of plan.chunks) {
    for (const r of readChunk(`${shortcutsOn() ? '1' : '0'}${chunk.frontmatter ? '\u0000' : ''}${chunk.text}`)) {
      const range = chunkRange(chunk, r.range);
      if (inSafetyPlan(range.start)) continue;
      out.push({
        category: r.mention.category,
        source: 'text',
        range,
        words: r.words,
        past: mentionIsPast(r.mention, today),
        topic: headingLines.has(range.start.line),
      });
    }
  }
  const signals = out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  byPlan.set(plan, { library, today, signals });
  return signals;
}

/** A signal as a message names it: "line 12 'saving up his sleeping pills' reads as a preparatory act". */
export function describeSignal(s: PlanRiskSignal): string {
  const what =
    s.source === 'code'
      ? `the code ${s.words}`
      : s.source === 'module'
        ? `the problem ${quote(s.words)}`
        : quote(s.words);
  return `line ${s.range.start.line + 1} ${what} reads as ${CATEGORY_NAMES[s.category]}${s.past ? ' (history)' : ''}`;
}

/** The first signal, and the other categories after it: "line 9 '…' reads as a preparatory act (also: suicidal thoughts)". */
export function describeSignals(signals: readonly PlanRiskSignal[]): string {
  const first = signals[0];
  if (!first) return '';
  const rest = signals.filter((s) => s.category !== first.category);
  return `${describeSignal(first)}${rest.length ? ` (also: ${signalCategories(rest)})` : ''}`;
}

/** The categories of the signals, each once, in the order first found: "suicidal thoughts and access to a firearm". */
export function signalCategories(signals: readonly PlanRiskSignal[]): string {
  const names = [...new Set(signals.map((s) => CATEGORY_NAMES[s.category]))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Whether the plan records why its risk level stands (`risk-rationale:`): at
 * least three words of the clinician's own, not a placeholder or filler.
 */
export function rationaleGiven(plan: Plan): boolean {
  const text = plan.meta['risk-rationale']?.value;
  if (!text || isFiller(text) || DEFERRED.test(text)) return false;
  // Three different words, each with a vowel: "xxx xxx xxx" says nothing.
  const words = new Set(text.toLowerCase().match(/[a-z']*[aeiouy][a-z']*/g) ?? []);
  return words.size >= 3;
}

/** A rationale put off to later: "to be determined later", "will add after next session". */
const DEFERRED =
  /^\W*(?:to\s+be\s+(?:determined|decided|completed|added|written|documented|discussed|updated)|tbd|tba|will\s+(?:add|update|complete|document|write|discuss|determine)|pending|see\s+(?:above|below|notes?|chart|assessment))\b(?![^.;]{25,})/i;
