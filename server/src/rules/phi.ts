import { LineIndex } from '../plan/lines';
import { chunkRange, type Range } from '../plan/model';
import { defineRule } from './types';
import { memoize } from '../text/memo';
import { shownText } from '../text/shown';

// Identifiers that HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)) lists,
// in the forms they take in a plan. Each pattern errs towards silence: a plan
// is full of numbers (scores, dates, frequencies) that are not identifiers.
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

interface Pattern {
  what: string;
  re: RegExp;
  /** Drops a match that only looks like an identifier. */
  keep?: (m: RegExpMatchArray) => boolean;
  /** A service's number or address (labelled as such before it on its line) identifies no one. */
  services?: boolean;
  /** Not reported inside an HTML comment (a reference link the clinician keeps there). */
  notInComments?: boolean;
}

/** Words that label a number or address as a service's: an agency, an office, a crisis line. */
const SERVICE =
  /\b(?:office|clinic|cent(?:er|re)|hospital|agency|program(?:me)?|department|dept|services?|crisis|hotline|helpline|lifeline|warmline|court|probation|parole|shelter|school|church|library|pharmacy|practice|emergency room|front desk|reception|main number)\b/i;

/** True when the text before a match on its line (back to a semicolon) names a service. */
function labelledAsService(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, text.lastIndexOf(';', index - 1) + 1, index - 80), index);
  return SERVICE.test(before);
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
    re: /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy)\b\.?/g,
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

/** Two capitalized words in a row: a full name, or a phrase that looks like one. */
const NAME_PAIR = /(?<![\p{L}'\u2019-])([A-Z][a-z'\u2019-]+)[ \t]+([A-Z][a-z'\u2019-]+)(?![\p{L}'\u2019-])/gu;

/** What of the client's name the `client` value gives: its initials ("J.R."), or a name word ("Maria K."). */
function nameParts(client: string): { initials?: string; words: string[] } {
  const initials = /^([A-Z])\.?\s*([A-Z])\.?$/.exec(client.trim());
  const words = client.match(/\b[A-Z][a-z'\u2019-]+\b/g) ?? [];
  return { ...(initials ? { initials: `${initials[1]}${initials[2]}` } : {}), words };
}

// Full names in a chunk's text that fit the client's initials or name words.
const namesIn = memoize((key: string): Finding[] => {
  const cut = key.indexOf('\u0000');
  const { initials, words } = nameParts(key.slice(0, cut));
  const text = key.slice(cut + 1);
  if (!initials && words.length === 0) return [];
  const lines = new LineIndex(text);
  const found: Finding[] = [];
  for (const m of text.matchAll(NAME_PAIR)) {
    const [, first = '', last = ''] = m;
    const fits = initials === `${first[0]}${last[0]}` || words.includes(first) || words.includes(last);
    if (fits) found.push({ what: 'a full name', range: lines.range(m.index, m.index + m[0].length) });
  }
  return found;
}, 1024);

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
    "Text that looks like an identifier HIPAA's Safe Harbor method lists, a client value that looks like a full name, or a full name in the text that fits the client's initials or name.",
  defaultSeverity: 'warning',
  messages: {
    fullName: '`client` looks like a full name: use initials or a pseudonym, since a plan is shared.',
    bodyName:
      'This looks like the full name of the client ({{client}}): use initials or a pseudonym in the plan, since it is shared.',
    identifier:
      "This looks like {{what}}, an identifier of the kind HIPAA's Safe Harbor method lists: keep it in the record, not the plan (or silence this line if it identifies no one).",
  },
  check({ plan, report }) {
    const client = plan.meta.client;
    if (client && FULL_NAME.test(client.value)) {
      report({ range: client.range, messageId: 'fullName' });
    }
    for (const chunk of plan.chunks) {
      if (client && !chunk.frontmatter)
        for (const f of namesIn(`${client.value}\u0000${chunk.text}`))
          report({ range: chunkRange(chunk, f.range), messageId: 'bodyName', data: { client: client.value } });
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
