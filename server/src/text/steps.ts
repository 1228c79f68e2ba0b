// What a step says, read the way a reviewer reads an objective: does it state
// a criterion (how much, how often, a score to reach or a published band of
// the measure named, a rating on a stated scale, a count of events or a
// stretch of time without one, or one concrete task done or not), is its main
// verb something others can see the client do, and is it only attending
// sessions, taking medication or following recommendations (a service or a
// method, not the client's objective)? Used by step-measurable,
// step-observable and step-is-attendance, and by the module review test.
// Whether a step is the clinician's work is read in step-clinician.ts.

import { findMeasures, type Measure } from '../library/measures';
import { withoutTargetDates } from '../plan/dates';
import { memoize } from '../base/memo';

/** Distinct step texts each memo keeps: more than a 10,000-line plan holds. */
const STEP_MEMO = 8_000;

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|zero|half';
const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORD})`;
const TIME_UNIT = 'seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|evenings?|mornings?|weeks?|months?|years?';
const PERIOD =
  'day|night|morning|evening|afternoon|week|weekend|month|year|session|meeting|shift|school day|school week|work week|workday|workweek|weekday';

// Words after "by", "within", "in": a deadline, not a criterion ("within 2 weeks").
const DEADLINE = new RegExp(
  `\\b(?:within|in|by|before|after|over the next|during the next|for the next)\\s+(?:the\\s+)?(?:${NUMBER}|a|an|one)\\s+(?:days?|weeks?|months?|years?)\\b`,
  'gi',
);
// "next month", "by the end of the year", "soon": a deadline in words.
const DEADLINE_WORDS =
  /\b(?:by|before|within)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:next\s+)?(?:week|month|year|term|semester|summer|spring|fall|winter)\b/gi;

/** Kinds of criterion a step can state. */
export type Criterion = 'frequency' | 'amount' | 'count' | 'ratio' | 'measure target' | 'task';

const FREQUENCY = new RegExp(
  [
    `\\b(?:daily|nightly|weekly|monthly|hourly|fortnightly|weekdays|twice|once|thrice)\\b`,
    `\\b(?:every|each)\\s+(?:other\\s+)?(?:${NUMBER}\\s+)?(?:${PERIOD})s?\\b`,
    `\\b(?:every|each|on)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b`,
    `\\b(?:a|per)\\s+(?:${PERIOD})\\b`,
    `\\b${NUMBER}\\s+times?\\b`,
    `\\bat\\s+(?:bedtime|breakfast|lunch|dinner|night)\\b`,
  ].join('|'),
  'i',
);
const AMOUNT = new RegExp(
  `\\b${NUMBER}(?:-|\\s+)(?:${TIME_UNIT})\\b|\\b\\d+\\s*(?:%|percent\\b)|\\b\\d+(?::\\d\\d)?\\s*(?:am|pm)\\b`,
  'i',
);
const RATIO = new RegExp(`\\b${NUMBER}\\s+(?:of|out of|in)\\s+(?:the\\s+)?${NUMBER}\\b`, 'i');
// A rating with its scale: "8/10", "40/100" ("from 8/10 to 4/10", "at 3/10 or below").
const RATING = /(?<![\d/])(\d{1,3})\s*\/\s*(5|7|10|100)(?![\d/])/;
// A stretch of time with none of something: "a whole week without fighting", "one weekend with no drinks".
const SPAN_WITHOUT = new RegExp(
  `\\b(?:a|an|one|${NUMBER})\\s+(?:(?:whole|full|entire|complete|straight)\\s+)?(?:${PERIOD})s?\\s+(?:in a row\\s+)?(?:without|with no|with zero|free of|free from)\\b`,
  'i',
);
// A number before a word that is not a small word: "3 strengths", "two stops", "0 drinks".
const SMALL = 'of|on|the|to|and|or|in|at|by|with|a|an|for|from|is|are|was|be|as|if|it|its|than|more|less|times?';
const COUNT = new RegExp(`\\b(?:${NUMBER}|no)\\s+(?!(?:${SMALL})\\b)(?:[a-z-]+\\s+)?[a-z]{3,}`, 'i');
const BOUND = new RegExp(
  `\\b(?:no more than|at most|at least|fewer than|less than|more than|under|below|above|over|up to)\\s+${NUMBER}\\b|\\b${NUMBER}\\s+or\\s+(?:more|fewer|less|above|below|under)\\b`,
  'i',
);
// A score compared with where the client started: "lower on the DAST-10 than at intake".
const FROM_BASELINE =
  /\b(?:lower|higher|less|more|fewer|better)\b.*\bthan\b.*\b(?:intake|baseline|the start|the first (?:session|review)|before)\b/i;

// Verbs of one concrete task, done or not ("Call the employer", "Give the rifle to his brother").
const TASK_VERBS =
  'call|phone|text|email|write|complete|refer|conduct|administer|finish|map|draw|explain|describe|teach|show(?! up)|demonstrate|present|schedule|book|make|enroll|register|sign up|apply|ask|tell|give|lock|throw away|get rid of|remove|move|buy|visit|join|read|list|name|identify|create|draft|submit|bring|return the|drive|ride|take the bus|meet with|talk to|share|send|fill in|fill out|set up|plan and hold|hold';

/** Who a step names as doing it, when it is the clinician ("Therapist will", "Counselor to"). */
export const CLINICIAN_SUBJECT =
  /^(?:the\s+)?(?:primary\s+|assigned\s+)?(?:therapist|clinician|counsell?or|provider|staff|this writer|writer|psychiatrist|prescriber|psychologist|case manager|care coordinator|social worker|practitioner|nurse|(?:treatment|clinical|care) team|MD|LPC|LCSW|LMFT|PMHNP)s?\s+(?:will|to|shall|should|must|would)\s+/i;

const LEAD =
  /^(?:(?:the\s+)?(?:client|patient)\s+and\s+(?:the\s+|(?:his|her|their)\s+)?(?:therapist|clinician|counsell?or)\s+|(?:the\s+)?(?:client|patient|he|she|they|i|we|[A-Z]\.(?:[A-Z]\.)?)\s+|(?:each|both|the)\s+(?:partner|parent|caregiver|family member|sibling)s?\s+|(?:the\s+)?(?:family|couple|parents|partners|caregivers)\s+)?(?:will\s+|would\s+|agrees?\s+to\s+|to\s+)?/i;

/** The step's text from its main verb on: without "Client will", a task box or a target date. */
export const stepBody = memoize(
  (text: string): string =>
    withoutTargetDates(text)
      .replace(/,?\s*by\s*$/i, '')
      .trim()
      // The clinician as subject is read past too, so its verb is read as any step's (step-clinician reports it).
      .replace(CLINICIAN_SUBJECT, '')
      .replace(LEAD, '')
      .trim(),
  STEP_MEMO,
);

/** The criterion a step states, or undefined. */
export const criterionOf = memoize((text: string): Criterion | undefined => {
  let body = stepBody(text).replace(DEADLINE, ' ').replace(DEADLINE_WORDS, ' ');
  const measures = findMeasures(body);
  // A measure's own digits (PHQ-9, PCL-5) are its name, not a target.
  for (const m of [...measures].reverse()) body = `${body.slice(0, m.index)} MEASURE ${body.slice(m.index + m.length)}`;
  if (measures.length > 0 && FROM_BASELINE.test(body)) return 'measure target';
  // An instrument read by its answers (C-SSRS): "negative", "no", "fewer" is its target.
  if (measures.some((m) => m.measure.scored === false) && /\b(?:negative|positive|no|none|fewer)\b/i.test(body))
    return 'measure target';
  if (
    measures.length > 0 &&
    /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(body.replace(/\bMEASURE\b/g, ''))
  )
    return 'measure target';
  if (
    measures.length > 0 &&
    namesBand(
      body,
      measures.map((m) => m.measure),
    )
  )
    return 'measure target';
  if (RATIO.test(body) || RATING.test(body)) return 'ratio';
  if (SPAN_WITHOUT.test(body)) return 'count';
  if (AMOUNT.test(body)) return 'amount';
  if (FREQUENCY.test(body)) return 'frequency';
  if (BOUND.test(body)) return 'amount';
  if (measures.length === 0 && COUNT.test(body)) return 'count';
  // "Demonstrate an understanding" is no task done or not.
  if (new RegExp(`^(?:${TASK_VERBS})(?:e?s)?\\b`, 'i').test(body) && !UNOBSERVABLE_OBJECT.test(body)) return 'task';
  return undefined;
}, STEP_MEMO);

// A published band of the measure named: "in the mild range on the GAD-7",
// "below the cut-point on the PCL-5". The band must be one of that measure's
// (server/data/measures.json); "the normal range" of a measure without bands
// is no criterion.
const BAND_NOUN = /\b(?:range|band|zone|level|category)\b/gi;
const CUT = /\b(?:below|under|beneath|out of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}cut[- ]?(?:off|point|score)\b/i;
const NOT_A_BAND_WORD = new Set(['below', 'above', 'at', 'no', 'the', 'a', 'in', 'into', 'to', 'of']);

const bandWords = (m: Measure): string[] =>
  m.bands.map((b) => b.label.toLowerCase().match(/[a-z]+/)?.[0] ?? '').filter((w) => !NOT_A_BAND_WORD.has(w));

function namesBand(body: string, measures: readonly Measure[]): boolean {
  const banded = measures.filter((m) => m.bands.length > 0);
  if (banded.length === 0) return false;
  if (CUT.test(body) && banded.some((m) => m.bands.some((b) => /\bcut[- ]?(?:off|point)\b/i.test(b.label))))
    return true;
  const words = new Set(banded.flatMap(bandWords));
  for (const noun of body.matchAll(BAND_NOUN)) {
    const before = body.slice(Math.max(0, noun.index - 40), noun.index).toLowerCase();
    if ((before.match(/[a-z]+/g) ?? []).slice(-3).some((w) => words.has(w))) return true;
  }
  return false;
}

// What the client knows, feels or thinks: no one can see it done.
const UNOBSERVABLE =
  /^(?:learn|understand|be aware|become aware|increase awareness|gain awareness|gain insight|develop insight|have insight|feel|realize|realise|accept|know|recognize|recognise|believe|explore|appreciate|internali[sz]e|process|come to terms)\b/i;
// Saying something aloud is seen done; an understanding said aloud is not:
// in "verbalize an understanding of…" the object is what no one can check.
const UNOBSERVABLE_OBJECT =
  /^(?:verbali[sz]e|state|say|express|articulate|demonstrate|show|report)\s+(?:(?:an?|the|some|his|her|their)\s+)?(?:(?:better|full|good|clear|basic|increased|improved|greater)\s+)?(?:understanding|awareness|insight|acceptance|knowledge|recognition|comprehension|appreciation)\b/i;

export interface Unobservable {
  /** The words read: "learn", "verbalize an understanding". */
  words: string;
  /** True when the verb is seen done and its object is not ("verbalize an understanding"). */
  object: boolean;
}

/** What in a step names no observable behavior: its main verb ("learn", "feel") or what it says aloud ("an understanding"). */
// Memoized by the step's text, as criterionOf is: a re-lint after an edit
// meets the same steps again, and three rules read each one.
export const unobservableOf = memoize((text: string): Unobservable | undefined => {
  const body = stepBody(text);
  const object = UNOBSERVABLE_OBJECT.exec(body);
  if (object) return { words: object[0].toLowerCase(), object: true };
  const verb = UNOBSERVABLE.exec(body);
  return verb ? { words: verb[0].toLowerCase(), object: false } : undefined;
}, STEP_MEMO);

/** The words of a step that name no observable behavior, or undefined (see unobservableOf). */
export function unobservableVerb(text: string): string | undefined {
  return unobservableOf(text)?.words;
}

// The service itself, and medication as prescribed: not the client's objective.
const SESSIONS =
  /^(?:attend|come to|go to|show up (?:to|for|at)|participate in|take part in|be present (?:at|for)|keep)\b(?:(?!\b(?:AA|NA|SMART|support group|self-help|club|class|church|gym|meeting of)\b).)*\b(?:sessions?|therapy|counsell?ing|appointments?|treatment|visits? with (?:the|her|his|their) (?:therapist|clinician|counselor|psychiatrist|prescriber))\b/i;
const MEDICATION =
  /^(?:take|comply with|adhere to|be compliant with|be adherent to|follow)\b.*\b(?:medications?|meds|medicines?|prescriptions?|regimen)\b|\bas prescribed\b/i;

// Following the treatment: what the clinician recommends, not what the client will do.
const RECOMMENDATIONS =
  /^(?:comply with|be compliant with|be in compliance with|adhere to|be adherent to|follow(?: through (?:with|on))?|cooperate with|be cooperative with)\s+(?:all\s+)?(?:(?:the|his|her|their|any)\s+)?(?:(?:treatment|therapist'?s?|clinician'?s?|provider'?s?|counsell?or'?s?|team'?s?|doctor'?s?|psychiatrist'?s?)\s+)*(?:recommendations?|plan|instructions|advice|directives|suggestions|treatment)\b/i;

export type Attendance = 'sessions' | 'medication' | 'recommendations';

/** What a step only attends or follows: sessions, medication as prescribed, or treatment recommendations. */
export const attendanceOf = memoize((text: string): Attendance | undefined => {
  const body = stepBody(text);
  if (SESSIONS.test(body)) return 'sessions';
  if (
    MEDICATION.test(body) &&
    /^(?:take|comply|adhere|be compliant|be adherent|follow|client will be compliant)/i.test(body)
  )
    return 'medication';
  if (RECOMMENDATIONS.test(body)) return 'recommendations';
  return undefined;
}, STEP_MEMO);
