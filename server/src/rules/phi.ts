import { LineIndex } from '../plan/lines';
import { chunkRange, type Range } from '../plan/model';
import { defineRule } from './types';
import { memoize } from '../text/memo';

// Identifiers that HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)) lists,
// in the forms they take in a plan. Each pattern errs towards silence: a plan
// is full of numbers (scores, dates, frequencies) that are not identifiers.
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

interface Pattern {
  what: string;
  re: RegExp;
  /** Drops a match that only looks like an identifier. */
  keep?: (m: RegExpMatchArray) => boolean;
}

const PATTERNS: Pattern[] = [
  { what: 'a Social Security number', re: /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g },
  { what: 'a Social Security number', re: /\bSSN\b\s*[:#]?\s*\d{9}\b/gi },
  {
    what: 'a phone or fax number',
    re: /(?<![\w-])(?:\+?1[-. ]?)?(?:\((\d{3})\)\s?|(\d{3})[-. ])\d{3}[-. ]\d{4}(?![\w-])/g,
    // Toll-free numbers belong to services (crisis lines), not to people.
    keep: (m) => !TOLL_FREE.has(m[1] ?? m[2] ?? ''),
  },
  { what: 'an email address', re: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { what: 'a web address', re: /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[a-z0-9-]+\.[^\s<>)\]]+/gi },
  {
    what: 'an IP address',
    re: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])/g,
  },
  {
    what: 'a street address',
    re: /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy)\b\.?/g,
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

const FULL_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+$/;

interface Finding {
  what: string;
  range: Range;
}

// Findings by chunk text: an edit re-scans one section, not the plan.
const scan = memoize((text: string): Finding[] => {
  const found: Finding[] = [];
  const lines = new LineIndex(text);
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      if (p.keep && !p.keep(m)) continue;
      found.push({ what: p.what, range: lines.range(m.index, m.index + m[0].length) });
    }
  }
  return found;
}, 1024);

export const phi = defineRule({
  id: 'phi',
  description:
    "Text that looks like an identifier HIPAA's Safe Harbor method lists, or a client value that looks like a full name.",
  defaultSeverity: 'warning',
  messages: {
    fullName: '`client` looks like a full name: use initials or a pseudonym, since a plan is shared.',
    identifier:
      "This looks like {{what}}, an identifier of the kind HIPAA's Safe Harbor method lists: keep it in the record, not the plan (or silence this line if it identifies no one).",
  },
  check({ plan, report }) {
    const client = plan.meta.client;
    if (client && FULL_NAME.test(client.value)) {
      report({ range: client.range, messageId: 'fullName' });
    }
    for (const chunk of plan.chunks) {
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
