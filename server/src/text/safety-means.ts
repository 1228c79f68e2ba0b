// Making the environment safe follows the means the plan names: a firearm
// anywhere in the plan asks for an action on firearms (locked, stored away
// from home, removed, given to someone to hold, a lock); medication named in
// a stockpile, a method, a plan, a preparatory act or an attempt, current or
// past, asks for an action on medication (locked, held by someone, dispensed
// in small amounts, disposed of). The part is read clause by clause, as
// lethal-means counselling (CALM) reads it: who holds the means and where,
// and whether the action is done or agreed, only discussed or offered,
// refused, or said not to be done ("client declined", "not locked", "I have
// the only key"). The words are in safety-means-words.ts.

import type { PlanRiskSignal } from './risk/plan';
import { readRisk } from './risk/reader';
import {
  ACTION,
  AGREED,
  AMMUNITION,
  FIREARM,
  HE_SHE_KEY,
  IN_REACH,
  MEDICATION,
  NEGATED_ACTION,
  OTHER_MEANS,
  PROPOSAL,
  REFUSAL,
  RESOLVES,
  SAFE_NEGATION,
  SELF_KEY,
  firstOtherPerson,
} from './safety-means-words';

export type Means = 'firearms' | 'medication';
export type MeansAnswer = 'addressed' | 'kept' | 'missing';

/** The means the plan's signals name. */
export function meansNamed(
  signals: readonly PlanRiskSignal[],
  safetyPlanText: string,
): Map<Means, PlanRiskSignal | undefined> {
  const out = new Map<Means, PlanRiskSignal | undefined>();
  for (const s of signals) {
    if (s.category === 'firearm-access' && !out.has('firearms')) out.set('firearms', s);
    // History counts: the medication of a past overdose is the method the person knows.
    const pills =
      s.category === 'medication-access' ||
      ((s.category === 'preparatory-act' ||
        s.category === 'method' ||
        s.category === 'plan' ||
        s.category === 'attempt') &&
        MEDICATION.test(s.words));
    if (pills && !out.has('medication')) out.set('medication', s);
  }
  // Means named only inside the safety plan ("will keep my guns where they are") count too, unless negated ("no firearms at home").
  if (!out.has('firearms') && readRisk(safetyPlanText).some((m) => m.category === 'firearm-access'))
    out.set('firearms', undefined);
  return out;
}

/** Clauses: at a semicolon, a full stop, a line break, "but", "however", "though", "if". */
const CLAUSE = /;|\.(?=\s|$)|\n|\s[\u2013\u2014-]\s|,?\s*\b(?:but|however|though|although|if|unless)\b/gi;
// "Too", "as well": what the clause before said holds for these means too ("pills with mom; handgun too").
const SAME = /\b(?:too|as\s+well|same\s+(?:for|with))\b/i;

interface Clause {
  readonly text: string;
  readonly start: number;
}

/** Cuts a text at `at` into pieces that start at a word, each with its start in the text. */
function cut(text: string, at: RegExp, offset = 0): Clause[] {
  const out: Clause[] = [];
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (lead < piece.length) out.push({ text: piece.slice(lead), start: offset + from + lead });
  };
  let start = 0;
  for (const m of text.matchAll(at)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

// Within a clause that names both firearms and medication: a comma, "and", "while".
const JOINT = /,|\s(?:and|while|whereas|plus|&)\s/gi;

/**
 * A clause that names both firearms and medication, cut where each side says
 * something of its own ("mom holds my pills, the handgun stays in the
 * nightstand"): what is done about the pills is not done about the handgun.
 * A side that says nothing of its own stays with its neighbour ("wife holds
 * the pills and the guns", "rifles and meds locked in the gun safe").
 */
function sides(c: Clause, full: string, state: (c: Clause) => State): Clause[] {
  if (!FIREARM.test(c.text) || !MEDICATION.test(c.text)) return [c];
  const out: Clause[] = [];
  let pending: number | undefined;
  for (const piece of cut(c.text, JOINT, c.start)) {
    const end = piece.start + piece.text.length;
    const joined = (start: number): Clause => ({ text: full.slice(start, end), start });
    if (state(piece) === undefined) {
      if (out.length) out[out.length - 1] = joined(out[out.length - 1]!.start);
      else pending ??= piece.start;
    } else {
      out.push(pending === undefined ? piece : joined(pending));
      pending = undefined;
    }
  }
  return out.length ? out : [c];
}

type State = 'kept' | 'addressed' | 'proposed' | undefined;

/** What one clause about the means says: kept, acted on, only proposed, or nothing. */
function readClause(clause: string, otherBefore: (at: number) => boolean): State {
  if (REFUSAL.test(clause)) return 'kept';
  // "He has the key" is the person at risk's, unless someone else was named before it ("Mom locked them; she has the key").
  const heShe = HE_SHE_KEY.test(clause) && otherBefore(clause.search(HE_SHE_KEY));
  if (SELF_KEY.test(clause) && !heShe) return 'kept';
  if (SAFE_NEGATION.test(clause)) return 'addressed';
  if (NEGATED_ACTION.test(clause)) return 'kept';
  if (PROPOSAL.test(clause) && !AGREED.test(clause)) return 'proposed';
  if (ACTION.test(clause)) return 'addressed';
  if (IN_REACH.test(clause)) return 'kept';
  return undefined;
}

export interface MeansReading {
  readonly answer: MeansAnswer;
  /** The words read as keeping the means, for the message: from the clause naming them to the one keeping them. */
  readonly words: string;
}

/** What an environment part does about one means: addressed with an action, kept, or not said. */
export function readMeans(means: Means, environment: string): MeansReading {
  const text = environment.replace(/[\u2018\u2019]/g, "'").replace(/\bw\//gi, 'with ');
  const names = means === 'firearms' ? FIREARM : MEDICATION;
  const other = means === 'firearms' ? MEDICATION : FIREARM;
  let topic: { start: number } | undefined;
  let kept: { start: number; end: number } | undefined;
  let addressed = false;
  const otherAt = firstOtherPerson(text);
  // A part that names no means at all ("locked in the safe, wife has the code") speaks of the one asked about.
  if (!names.test(text) && !other.test(text) && !AMMUNITION.test(text) && !OTHER_MEANS.test(text)) topic = { start: 0 };
  const state = (c: Clause) => readClause(c.text, (at) => otherAt >= 0 && otherAt < c.start + at);
  let last: State;
  for (const c of cut(text, CLAUSE).flatMap((c) => sides(c, text, state))) {
    let said = state(c);
    if (said === undefined && names.test(c.text) && SAME.test(c.text)) said = last;
    last = said ?? last;
    // A clause naming the means opens its topic; one naming neither carries it on ("…the rifles; client not ready to").
    if (names.test(c.text)) topic = { start: c.start };
    else if (other.test(c.text) || (means === 'firearms' && AMMUNITION.test(c.text))) topic = undefined;
    if (!topic) continue;
    if (said === 'kept') {
      kept ??= { start: topic.start, end: c.start + c.text.length };
      addressed = false;
    } else if (said === 'addressed') {
      // An action after a refusal resolves it only when it says so ("agreed instead to a cable lock").
      if (!kept || RESOLVES.test(c.text)) [kept, addressed] = [undefined, true];
    }
  }
  if (kept) return { answer: 'kept', words: text.slice(kept.start, kept.end).trim().replace(/\s+/g, ' ') };
  return { answer: addressed ? 'addressed' : 'missing', words: '' };
}

/** What an environment part does about one means. */
export const meansAnswer = (means: Means, environment: string): MeansAnswer => readMeans(means, environment).answer;
