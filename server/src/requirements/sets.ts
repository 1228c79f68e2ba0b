// Requirement sets: what a payer or an accreditor asks of an outpatient
// treatment plan, as data (one file a set), each requirement with the rule
// that checks it, the severity it takes when the set is on, and the words of
// its source; and the product's own recommendations in a set of their own. A
// set is turned on with `requirements:` in `.planrc.yaml` or in the plan's
// frontmatter (which wins). The product reports what a set asks; it gives no
// legal or billing advice.

import { CARF } from './carf';
import { JOINT_COMMISSION } from './joint-commission';
import { MEDICARE } from './medicare';
import { RECOMMENDED } from './recommended';
import type { RequirementSet } from './types';

export type { Requirement, RequirementSet, Signer } from './types';
export { signerWords } from './types';

export const REQUIREMENT_SETS: readonly RequirementSet[] = [MEDICARE, CARF, JOINT_COMMISSION, RECOMMENDED];

export const REQUIREMENT_SET_IDS: readonly string[] = REQUIREMENT_SETS.map((s) => s.id);

export function requirementSet(id: string): RequirementSet | undefined {
  return REQUIREMENT_SETS.find((s) => s.id === id);
}
