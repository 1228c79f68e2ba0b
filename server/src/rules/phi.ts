import { LineIndex } from '../plan/lines';
import { chunkRange, type Range } from '../plan/model';
import { defineRule } from './types';
import { memoize } from '../base/memo';
import { shownText } from '../text/shown';
import { lowerWords, namesIn } from '../text/person-names';

// Identifiers that HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)) lists,
// in the forms they take in a plan. Each pattern errs towards silence: a plan
// is full of numbers (scores, dates, frequencies) that are not identifiers.
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

interface Pattern {
  what: string;
  re: RegExp;
  /** Drops a match that only looks like an identifier. */
  keep?: (m: RegExpMatchArray) => boolean;
  /** A service's number or address (labelled as such before it on its line, and not as someone's own) identifies no one. */
  services?: boolean;
  /** Not reported inside an HTML comment (a reference link the clinician keeps there). */
  notInComments?: boolean;
}

/** Words that label a number or address as a service's: an agency, an office, a crisis line. */
const SERVICE =
  /\b(?:office|clinic|cent(?:er|re)|hospital|agency|program(?:me)?|department|dept|services?|crisis|hotline|helpline|lifeline|warmline|court|probation|parole|shelter|school|church|library|pharmacy|practice|emergency room|front desk|reception|main number)\b/i;

/** Words that say the place or number is a person's own: where they live, their phone. */
const PERSONAL =
  /\b(?:lives?|living|resides?|residing|reside|stays?|staying|moved|moving|home|house|apartment|apt|address|cell|mobile)\b/i;

/**
 * True when the text before a match on its line (back to a semicolon) names a
 * service, and nothing between that name and the match makes it the
 * person's own ("since leaving the hospital she lives at …").
 */
function labelledAsService(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, text.lastIndexOf(';', index - 1) + 1, index - 80), index);
  let last = -1;
  for (const m of before.matchAll(new RegExp(SERVICE.source, 'gi'))) last = m.index + m[0].length;
  return last >= 0 && !PERSONAL.test(before.slice(last));
}

const PATTERNS: Pattern[] = [
  { what: 'a Social Security number', re: /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g },
  { what: 'a Social Security number', re: /\bSSN\b\s*[:#]?\s*\d{9}\b/gi },
  {
    what: 'a phone or fax number',
    re: /(?<![\w-])(?:\+?1[-. ]?)?(?:\((\d{3})\)\s?|(\d{3})[-. ])\d{3}[-. ]\d{4}(?![\w-])/g,
    // Toll-free numbers belong to services (crisis lines), not to people.
    keep: (m) => !TOLL_FREE.has(m[1] ?? m[2] ?? ''),
    services: true,
  },
  { what: 'an email address', re: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    what: 'a web address',
    re: /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[a-z0-9-]+\.[^\s<>)\]]+/gi,
    notInComments: true,
  },
  {
    what: 'an IP address',
    re: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])/g,
  },
  {
    what: 'a street address',
    // A number, a direction (W, N.W., NE, North), one to three capitalized words and the kind of street,
    // in any case ("69 W Washington Street", "1200 NW LAKE SHORE DRIVE"); or a number, a direction and a
    // capitalized name with no kind of street ("69 W Washington, Chicago").
    re: /\b\d{1,6}\s+(?:(?:[NS][EW]?|[EW]|N\.[EW]\.|S\.[EW]\.|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?\s+)?(?:(?:[A-Z][a-z]+|[A-Z]{2,})\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy|STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|DR|COURT|CT|WAY|PLACE|PL|street|avenue|road|boulevard|lane|drive|court)\b\.?|\b\d{1,6}\s+(?:[NS][EW]?|[EW]|N\.[EW]\.|S\.[EW]\.)\.?\s+[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?(?=\s*,\s*[A-Z]|\s+(?:#|Apt|Suite|Unit)\b)/g,
    services: true,
  },
  {
    what: 'a date of birth',
    re: /\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|born(?: on)?)(?![\w])[\s:]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})/gi,
  },
  {
    what: 'a medical record or account number',
    re: /\b(?:MRN|medical record(?: number| no\.?| #)?|account(?: number| no\.?| #)|acct\.?(?: #| no\.?)?|member id|policy(?: number| no\.?))\s*[:#]?\s*(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,}/gi,
  },
];

const FULL_NAME = /^[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)+$/;

interface Finding {
  what: string;
  range: Range;
}

// Findings by chunk text: an edit re-scans one section, not the plan.
const scan = memoize((text: string): Finding[] => {
  const found: Finding[] = [];
  const lines = new LineIndex(text);
  let shown: string | undefined;
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      if (p.keep && !p.keep(m)) continue;
      if (p.services && labelledAsService(text, m.index)) continue;
      if (p.notInComments && (shown ??= shownText(text, false))[m.index] === ' ') continue;
      found.push({ what: p.what, range: lines.range(m.index, m.index + m[0].length) });
    }
  }
  return found;
}, 1024);

export const phi = defineRule({
  id: 'phi',
  description:
    "Text that looks like an identifier HIPAA's Safe Harbor method lists, a client value that looks like a full name, a full name in the text that fits the client's initials or name, the client's first name where `client` is initials, or a full name on a signature line.",
  defaultSeverity: 'warning',
  messages: {
    fullName: '`client` looks like a full name: use initials or a pseudonym, since a plan is shared.',
    bodyName:
      'This looks like the full name of the client ({{client}}): use initials or a pseudonym in the plan, since it is shared.',
    firstName:
      'This looks like the first name of the client ({{client}}), whom the plan names by initials: use the initials or a pseudonym here too, since the plan is shared.',
    signature:
      "This looks like a person's full name on a signature line: a shared plan carries initials; keep signed names in the record (the clinician's own name is not reported).",
    identifier:
      "This looks like {{what}}, an identifier of the kind HIPAA's Safe Harbor method lists: keep it in the record, not the plan (or silence this line if it identifies no one).",
  },
  check({ plan, library, report }) {
    const client = plan.meta.client;
    if (client && FULL_NAME.test(client.value)) {
      report({ range: client.range, messageId: 'fullName' });
    }
    const people = { client: client?.value ?? '', clinician: plan.meta.clinician?.value ?? '' };
    // A first name the plan also writes in lower case is a word ("Will", "Grace"), read only when one is found.
    const writtenLower = (word: string) => plan.chunks.some((c) => lowerWords(c.text).has(word));
    for (const chunk of plan.chunks) {
      if (!chunk.frontmatter)
        for (const f of namesIn({ ...people, text: chunk.text }, library)) {
          if (f.lower && writtenLower(f.lower)) continue;
          report({
            range: chunkRange(chunk, f.range),
            messageId: f.kind === 'fullName' ? 'bodyName' : f.kind,
            data: { client: people.client },
          });
        }
      for (const f of scan(chunk.text)) {
        report({
          range: chunkRange(chunk, f.range),
          messageId: 'identifier',
          data: { what: f.what },
        });
      }
    }
  },
});
