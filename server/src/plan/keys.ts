// The frontmatter's keys and the values each takes (section 3 of the format):
// what frontmatter.ts reads a plan's YAML into, and what completion offers.

import { REQUIREMENT_SET_IDS } from '../requirements/sets';
import { SIGNATURE_METHODS, SIGNATURE_ROLES } from '../base/values';
export { ONE_OR_MORE_KEYS } from '../base/values';
import { DIGEST_FORM, OLDER_DIGEST_FORM } from './contentHash';

export type Kind = 'string' | 'date' | 'strings' | { enum: readonly string[] } | { pattern: RegExp; describe: string };

export const STATUS_VALUES = ['draft', 'active', 'completed', 'discontinued'] as const;
export const STYLE_VALUES = ['formal', 'informal'] as const;
export const SEVERITY_VALUES = ['mild', 'moderate', 'severe'] as const;
export const PAYER_VALUES = ['insurance', 'self-pay', 'other'] as const;
export const RISK_VALUES = ['none', 'low', 'moderate', 'high'] as const;
/** A digest `tplan sign` writes now, or wrote before (plan/contentHash.ts): signature-stale tells them apart. */
export const HASH_FORM = new RegExp(`${DIGEST_FORM.source}|${OLDER_DIGEST_FORM.source}`);

export const SCALAR_KEYS: Record<string, Kind> = {
  type: { enum: ['treatment-plan'] },
  client: 'string',
  clinician: 'string',
  created: 'date',
  updated: 'date',
  review: 'date',
  'expected-end': 'date',
  'shared-with-client': 'date',
  status: { enum: STATUS_VALUES },
  style: { enum: STYLE_VALUES },
  severity: { enum: SEVERITY_VALUES },
  risk: { enum: RISK_VALUES },
  'risk-rationale': 'string',
  payer: { enum: PAYER_VALUES },
};

export const LIST_KEYS = {
  diagnoses: { code: 'string', name: 'string', basis: 'string', reviewed: 'date', problems: 'strings' },
  services: { modality: 'string', frequency: 'string', duration: 'string' },
  revisions: { date: 'date', summary: 'string', progress: 'string' },
  'risk-screen': { tool: 'string', date: 'date', result: { enum: ['negative', 'positive'] } },
  signatures: {
    role: { enum: SIGNATURE_ROLES },
    name: 'string',
    credentials: 'string',
    method: { enum: SIGNATURE_METHODS },
    witness: 'string',
    date: 'date',
    hash: { pattern: HASH_FORM, describe: "the digest 'tplan sign' writes (sha256:…)" },
  },
} as const satisfies Record<string, Record<string, Kind>>;

/** Keys whose value is a list of words, each one of a known set. */
export const WORD_LIST_KEYS: Record<string, readonly string[]> = { requirements: REQUIREMENT_SET_IDS };

/** Every top-level key the format knows, in the order a plan usually lists them. */
export const FRONTMATTER_KEYS: readonly string[] = [
  ...Object.keys(SCALAR_KEYS),
  ...Object.keys(LIST_KEYS),
  ...Object.keys(WORD_LIST_KEYS),
];

const DESCRIBE: Record<string, string> = {
  string: 'text',
  date: 'a date written YYYY-MM-DD',
  strings: 'a list of names',
};

export function describe(kind: Kind): string {
  if (typeof kind === 'string') return DESCRIBE[kind]!;
  if ('pattern' in kind) return kind.describe;
  return `one of ${kind.enum.map((v) => `'${v}'`).join(', ')}`;
}
