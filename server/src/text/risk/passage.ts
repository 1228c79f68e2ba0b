// A passage (a paragraph, list item or table row) read whole, once each of
// its sentences has given its mentions: levels (suicidal thoughts are the
// generic level, a method, intent or plan is named instead), the purpose of
// an act ("took 30 tablets ... wanted to die" is an attempt; "not trying to
// die, only to hurt" is self-injury), words that count only beside another
// sign, means the passage says are out of reach, jokes taken back, a family
// history written as one, and dates carried from "no SI since June".
import { modifiers } from './context';
import { type Found, normalize, overlaps } from './found';
import { execAll, type Term, type TermCategory } from './term';
import { sinceWhen } from './time';
import {
  SUICIDAL,
  MARKER,
  PURPOSE,
  ORDINARY,
  NOT_TO_DIE,
  ACCIDENTAL,
  MEANS_REMOVED,
  SINCE_DATE,
  BEFORE_THAT,
  REHEARSAL,
  TRYING_TO_DIE,
  FAMILY_PASSAGE,
  JOKE_DENIED,
  JOKE,
  SUICIDE_LEVELS,
  INSIDE,
  PRIORITY,
} from './passage-words';

/**
 * Words that count only beside others are weighed before overlaps are settled, on what the
 * passage holds, until nothing more is dropped: a word dropped vouches for no other ("Saturday",
 * with no plan beside it, does not make "the lake" a method). "Unless" is weighed on what stands
 * once the needs are settled, and the needs again after it.
 */
function weighNeeds(found: Found[]): Found[] {
  const counts = new Map<TermCategory, number>();
  const count = () => {
    counts.clear();
    for (const f of found) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  };
  const present = (c: TermCategory, f: Found) => (counts.get(c) ?? 0) - (f.category === c ? 1 : 0) > 0;
  const settle = () => {
    for (let before = -1; before !== found.length;) {
      before = found.length;
      count();
      found = found.filter(
        (f) =>
          (!f.term.needs || f.term.needs.every((c) => present(c, f))) &&
          (!f.term.needsAny || f.term.needsAny.some((c) => present(c, f))),
      );
    }
  };
  settle();
  count();
  found = found.filter((f) => !f.term.unless || !f.term.unless.some((c) => present(c, f)));
  settle();
  return found;
}

/** The terms read across the passage's sentences: a question and its answer. */
function readAcross(found: Found[], passage: string, start: number, end: number, terms: readonly Term[]): void {
  const lower = normalize(passage);
  for (const term of terms) {
    if (!term.passage) continue;
    term.re.lastIndex = 0;
    for (const m of execAll(term.re, lower)) {
      const at = start + m.index;
      found.push({
        category: term.category,
        index: at,
        end: at + m[0].length,
        term,
        modifiers: modifiers(lower, m.index, m.index + m[0].length),
        sentence: [start, end],
      });
    }
  }
}

/** Overlapping words given to the more specific category (PRIORITY), the others' left out. */
function keepByPriority(found: readonly Found[], text: string): Found[] {
  let kept: Found[] = [];
  for (const category of PRIORITY)
    for (const f of found)
      if (
        f.category === category &&
        !(INSIDE[category] ?? []).some((c) => kept.some((g) => g.category === c && overlaps(f, g)))
      )
        kept.push(f);
  // "Passive and active SI": both levels are named.
  kept = kept.filter(
    (f) =>
      !(
        f.category === 'suicidal-ideation' &&
        kept.some((g) => g.category === 'wish-to-die' && overlaps(f, g) && !/active/.test(text.slice(g.index, g.end)))
      ),
  );
  return kept.sort((a, b) => a.index - b.index);
}

/** What the passage as a whole says, once: the words each mention is judged by. */
interface Whole {
  readonly text: string;
  readonly passage: string;
  readonly kept: readonly Found[];
  readonly categories: ReadonlySet<TermCategory>;
  readonly purpose: boolean;
  readonly notToDie: boolean;
  readonly accidental: boolean;
  readonly ordinary: boolean;
  readonly familyPassage: boolean;
}

/** A mention's category as the whole passage decides it (an act is an attempt, or self-injury), or null when left out. */
function judge(f: Found, w: Whole): TermCategory | null {
  const { text, passage, kept } = w;
  const has = (c: TermCategory) => w.categories.has(c);
  let category = f.category;
  const words = text.slice(f.index, f.end);
  if (w.familyPassage && (category === 'attempt' || category === 'act')) category = 'family-history';
  // A relative's act is their suicide or attempt only when the passage says so ("an accidental fentanyl OD" is not).
  if (
    category === 'family-history' &&
    f.term.category !== 'family-history' &&
    !w.familyPassage &&
    (w.accidental || !/suicid|attempt|kill|on\s+purpose|to\s+die|intentional|deliberate|\bsa\b|\bods?\b/i.test(passage))
  )
    return null;
  const sentencePurpose = PURPOSE.test(text.slice(f.sentence[0], f.sentence[1]));
  if (category === 'preparatory-act' && (w.ordinary || (w.notToDie && /ligature|noose/i.test(words)))) return null;
  // Trying a ligature on "to see how it felt", then taking it off: a rehearsal, a preparatory act.
  if ((category === 'act' || category === 'attempt') && REHEARSAL.test(passage)) category = 'preparatory-act';
  else if (
    category === 'act' ||
    (category === 'self-injury' &&
      (sentencePurpose || TRYING_TO_DIE.test(passage)) &&
      !w.notToDie &&
      /\b(?:cut|slit|neck|throat|wrists?|strangl|ligature)/i.test(words))
  ) {
    if (w.accidental && !w.purpose) return null;
    if (w.notToDie) category = 'self-injury';
    else if (w.purpose || has('attempt') || category === 'act') category = 'attempt';
  } else if (category === 'attempt') {
    if (w.accidental && !w.purpose) return null;
    if (w.notToDie && !/suicid/i.test(words)) category = 'self-injury';
  }
  // "Plan: yes | overdose on her Seroquel": beside a plan, an overdose not said to have happened is its method.
  if (category === 'attempt' && has('plan') && /^(?:overdose|od)\s+on\b/i.test(words)) category = 'method';
  // The purpose of an attempt is not a wish or intent of its own.
  if (
    (category === 'wish-to-die' || category === 'intent' || category === 'suicidal-ideation') &&
    (has('attempt') || has('act')) &&
    PURPOSE.test(text.slice(f.index, f.end + 24))
  )
    return null;
  if (f.term.weak && !MARKER.test(passage) && !kept.some((g) => g !== f && !g.term.weak && SUICIDAL.has(g.category)))
    return null;
  // "SA 2021 (cut wrists while intoxicated)": the attempt's own account, not self-injury beside it.
  if (
    category === 'self-injury' &&
    kept.some(
      (g) =>
        g.category === 'attempt' &&
        g.end <= f.index &&
        /^[^.;]{0,20}\($/.test(text.slice(g.end, f.index).replace(/\s+$/, '')),
    )
  )
    return null;
  if ((category === 'firearm-access' || category === 'medication-access') && MEANS_REMOVED.test(passage)) return null;
  if (
    category === 'firearm-access' &&
    kept.some((g) => g.category === 'family-history' && g.sentence[0] === f.sentence[0]) &&
    /\b(?:with|using)\s+(?:(?:his|her|their)\s+)?(?:\w+\s+)?$/i.test(
      text.slice(Math.max(f.sentence[0], f.index - 30), f.index),
    )
  )
    return null;
  if (category === 'harm-to-others' && JOKE.test(passage)) return null;
  // A joke the client took back, and a denial said with it: not a thought of dying.
  if (SUICIDE_LEVELS.has(category) && JOKE.test(passage) && JOKE_DENIED.test(passage)) return null;
  return category;
}

/** A passage read whole: levels, purposes, weak words, means out of reach, jokes. */
export function readPassage(found: Found[], text: string, start: number, end: number, terms: readonly Term[]): Found[] {
  const passage = text.slice(start, end);
  found = weighNeeds(found.filter((f) => !f.term.within || f.term.within.test(passage)));
  readAcross(found, passage, start, end, terms);
  if (found.length === 0) return [];
  const kept = keepByPriority(found, text);
  const whole: Whole = {
    text,
    passage,
    kept,
    categories: new Set(kept.map((f) => f.category)),
    purpose: PURPOSE.test(passage),
    notToDie: NOT_TO_DIE.test(passage),
    accidental: ACCIDENTAL.test(passage),
    ordinary: ORDINARY.test(passage),
    familyPassage: FAMILY_PASSAGE.test(passage),
  };
  const out: Found[] = [];
  for (const f of kept) {
    const category = judge(f, whole);
    if (category !== null) out.push(category === f.category ? f : { ...f, category });
  }
  // "No SI since June; before that, daily thoughts of driving off the overpass": until June.
  const since = SINCE_DATE.exec(passage);
  if (since)
    for (let i = 0; i < out.length; i++) {
      const f = out[i]!;
      const sentence = text.slice(f.sentence[0], f.sentence[1]);
      if (f.sentence[0] > start + since.index && BEFORE_THAT.test(sentence) && !f.modifiers.when.date)
        out[i] = { ...f, modifiers: { ...f.modifiers, when: { ...f.modifiers.when, ...sinceWhen(since[0]) } } };
    }
  // Suicidal thoughts are the generic level: a method, intent or plan is named instead.
  const specific = out.some((f) => f.category === 'method' || f.category === 'intent' || f.category === 'plan');
  return specific ? out.filter((f) => f.category !== 'suicidal-ideation') : out;
}
