// The product's own recommendations, beyond what a cited text asks: a set of
// their own, labelled as the product's, never under a payer's or accreditor's
// name. Turn it on as any set: `requirements: [recommended]`.

import type { RequirementSet } from './types';

const OURS = 'Treatment Plan Markdown’s own recommendation (no payer or accreditor text asks for it)';

export const RECOMMENDED: RequirementSet = {
  id: 'recommended',
  name: 'Treatment Plan Markdown’s recommendations (the product’s own)',
  summary:
    'Checks the product recommends for a plan a reviewer will read, beyond what any cited text asks: each problem tied to the diagnosis it addresses, measurable steps, and a course length with a review at least every 12 months. They are the product’s, not a payer’s or an accreditor’s.',
  kind: 'product',
  signers: [],
  requirements: [
    {
      what: 'Each problem tied to the diagnosis it addresses (diagnoses[].problems)',
      rule: 'diagnosis-linked',
      severity: 'warning',
      source: OURS,
      says: 'A reviewer matching the services billed to the diagnoses reads the link between a problem and its diagnosis; none of the sets’ sources asks for it.',
    },
    {
      what: 'Measurable steps (a number, frequency or named measure)',
      rule: 'step-measurable',
      severity: 'warning',
      source: OURS,
      says: 'A step that can be counted shows progress; CARF and The Joint Commission ask for measurable objectives, NGS’s texts checked here do not.',
    },
    {
      what: 'How long the course is expected to run (expected-end), and a review at least every 12 months',
      rule: 'course-length',
      severity: 'warning',
      source: OURS,
      says: 'The 12-month limit is a common payer expectation, not the text of any source checked here.',
    },
  ],
};
