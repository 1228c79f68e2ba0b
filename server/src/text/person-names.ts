// Names of people in a plan's text that the `phi` rule reports: the client's
// full name (fits their initials or a name word of `client:`), the client's
// first name when `client:` is only initials, and a full name on a signature
// line. No list of names: a word is read as a first name when it begins with
// the client's initial, is followed by what a person does ("Maria reports",
// "Maria's"), is never written in lower case in the plan, and is no word the
// library's modules use ("Mood", "Mother", "Hope").

import type { Library } from '../library/library';
import { LineIndex } from '../plan/lines';
import type { Range } from '../plan/model';
import { memoize, weakMemo } from '../base/memo';

export interface NameFinding {
  kind: 'fullName' | 'firstName' | 'signature';
  range: Range;
  /** A first name's word in lower case: dropped by the caller when the plan writes it so elsewhere. */
  lower?: string;
}

/** Two capitalized words in a row: a full name, or a phrase that looks like one. */
const NAME_PAIR = /(?<![\p{L}'\u2019-])([A-Z][a-z'\u2019-]+)[ \t]+([A-Z][a-z'\u2019-]+)(?![\p{L}'\u2019-])/gu;

/** What of the client's name the `client` value gives: its initials ("J.R.", "M."), or a name word ("Maria K."). */
export function nameParts(client: string): { initials?: string; words: string[] } {
  const initials = /^([A-Z])\.?(?:\s*([A-Z])\.?)?$/.exec(client.trim());
  const words = client.match(/\b[A-Z][a-z'\u2019-]+\b/g) ?? [];
  return { ...(initials ? { initials: `${initials[1]}${initials[2] ?? ''}` } : {}), words };
}

// What only a person does, said right after their name (not "is" or "has": "Meditation has helped").
const PERSON_VERB =
  /^(?:'s|\u2019s|\s+(?:reports?|reported|states?|stated|says|said|shares?|shared|denies|denied|endorses?|endorsed|describes?|described|feels|felt|wants|wanted|lives|lived|works|worked|attends|attended|agree[sd]?|identifie[sd]|notes|noted|presents|presented|tells|told|asks|asked|cried|returned|missed|called|texted|moved|started|stopped|began|drinks|drank|uses|used|sleeps|slept|avoids|avoided|explained|disclosed|admitted|acknowledged|expressed|verbalized|completed|and (?:her|his|their))\b)/;

// Words that start sentences in plans and are no one's name.
const COMMON = new Set(
  `the this that these those then there they their she he his her hers it its we our you your my many most much more some such
  since so sometimes still several after also although and as at before but both during each every even for from how however if
  in instead just last later less lately mostly never next no not now often on once one only other over per recently when where
  while who why with without yet client clinician therapist patient mother father mom dad parent parents partner husband wife
  son daughter sister brother family friends school work home monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** Every word the library's modules use, in lower case: the words of the problems a plan speaks of. */
const vocabulary = weakMemo((library: Library): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const m of library.modules)
    for (const text of [m.name, m.summary, ...m.aliases, ...m.definitions, ...m.goals, ...m.steps, ...m.methods])
      for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) out.add(w);
  return out;
});

/** Lower-case words of a text (a chunk): a word written so anywhere in the plan is a word, not a name. */
export const lowerWords = memoize(
  (text: string): ReadonlySet<string> => new Set(text.match(/\b[a-z][a-z'-]+\b/g)),
  4096,
);

// A signature line: a role (not the clinician's), "signature", "signed" or a printed name, then a name.
const SIGNATURE =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?((?:[A-Za-z]+[ \t]+){0,3}?)(?:[Ss]ignature|SIGNATURE|[Ss]igned(?: by)?|[Pp]rinted name|(?:[Cc]lient|[Pp]atient|[Gg]uardian|[Pp]arent)(?:'s|\u2019s)? name)(?:\*\*|__)?[ \t]*(?:\*\*|__)?[:\u2013\u2014-][ \t]*(?:\*\*|__)?[ \t]*([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][a-z'\u2019-]+)+)/gm;
const CLINICIAN_ROLE =
  /\b(?:clinician|therapist|counsell?or|provider|supervisor|psychiatrist|psychologist|social worker|staff|case manager|reviewer|physician|doctor|nurse)\b/i;

interface Scan {
  client: string;
  clinician: string;
  text: string;
}

/**
 * The names in a chunk's text (positions within the text), by what the plan's
 * `client` and `clinician` say. A first name comes with its word in lower
 * case, for the caller to drop when the plan writes that word in lower case
 * elsewhere: the chunk alone cannot say, and what it can say is kept from one
 * keystroke to the next (an edit re-reads one chunk, not the plan).
 */
export function namesIn(scan: Scan, library: Library): readonly NameFinding[] {
  return byLibrary(library)(`${scan.client}\u0000${scan.clinician}\u0000${scan.text}`);
}

const byLibrary = weakMemo((library: Library) =>
  memoize((key: string): readonly NameFinding[] => {
    const [client = '', clinician = '', text = ''] = key.split('\u0000');
    return read({ client, clinician, text }, library);
  }, 2048),
);

function read(scan: Scan, library: Library): NameFinding[] {
  const { initials, words } = nameParts(scan.client);
  const lines = new LineIndex(scan.text);
  const found: NameFinding[] = [];
  const taken: Array<[number, number]> = [];
  const add = (kind: NameFinding['kind'], start: number, end: number, lower?: string) => {
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    found.push({ kind, range: lines.range(start, end), ...(lower ? { lower } : {}) });
  };
  const clinicianWords = new Set(scan.clinician.match(/\b[A-Z][a-z'\u2019-]+\b/g) ?? []);
  for (const m of scan.text.matchAll(SIGNATURE)) {
    const role = m[1] ?? '';
    const name = m[2]!;
    if (CLINICIAN_ROLE.test(role)) continue;
    const nameWords = name.match(/\b[A-Z][a-z'\u2019-]+\b/g) ?? [];
    if (nameWords.some((w) => clinicianWords.has(w))) continue;
    const start = m.index + m[0].length - name.length;
    add('signature', start, start + name.length);
  }
  if (initials || words.length > 0)
    for (const m of scan.text.matchAll(NAME_PAIR)) {
      const [, first = '', last = ''] = m;
      const fits = initials === `${first[0]}${last[0]}` || words.includes(first) || words.includes(last);
      if (fits) add('fullName', m.index, m.index + m[0].length);
    }
  if (initials) {
    const vocab = vocabulary(library);
    const firstName = new RegExp(`(?<![\\p{L}'\\u2019.-])${initials[0]}[a-z]{2,}(?![\\p{L}-])`, 'gu');
    for (const m of scan.text.matchAll(firstName)) {
      const word = m[0];
      const lower = word.toLowerCase();
      if (COMMON.has(lower) || vocab.has(lower) || lowerWords(scan.text).has(lower)) continue;
      if (!PERSON_VERB.test(scan.text.slice(m.index + word.length, m.index + word.length + 30))) continue;
      add('firstName', m.index, m.index + word.length, lower);
    }
  }
  return found;
}
