// One Medicare contractor's asks: National Government Services (NGS), LCD
// L33632 Psychiatry and Psychology Services and NGS's CERT article on it.
// Other contractors publish their own LCDs; docs/requirements.md says how to
// follow one through the config.

import type { RequirementSet } from './types';

const CERT =
  'NGS Medicare, "CERT Errors: Psychiatry and Psychology Services" (reviewed 2024-11-14), on LCD L33632 Psychiatry and Psychology Services (revision effective 2024-01-01)';
const PLANS = 'NGS Medicare, "Psychotherapy Services", section Psychotherapy Treatment Plans (required components)';
const SIGN =
  'CMS Pub. 100-08, Medicare Program Integrity Manual, ch. 3, §3.3.2.4 Signature Requirements, as CGS Medicare summarises it (reviewed 2022-04-07)';

export const MEDICARE: RequirementSet = {
  id: 'medicare',
  name: 'Medicare: NGS LCD L33632 (psychotherapy)',
  summary:
    'What one Medicare contractor, National Government Services (NGS), asks of an outpatient psychotherapy treatment plan under its LCD L33632 and its CERT article: the type, amount, frequency and duration of the services, the diagnoses and anticipated goals, a periodic summary of progress, and the performing clinician’s electronic or handwritten signature. Other contractors publish their own LCDs.',
  kind: 'source',
  signers: [{ roles: ['clinician'], methods: ['electronic', 'wet-ink'] }],
  requirements: [
    {
      what: 'Services with their type (individual, group), amount (session length) and frequency',
      rule: 'services-required',
      severity: 'error',
      source: `${CERT}; ${PLANS}`,
      says: 'The plan "must state the type, amount, frequency, and duration of the services to be furnished" (CERT); type is individual or group, amount the planned length of the sessions, frequency e.g. weekly (Psychotherapy Treatment Plans).',
      fields: ['modality', 'frequency', 'duration'],
    },
    {
      what: 'The diagnoses',
      rule: 'frontmatter-required',
      severity: 'error',
      source: CERT,
      says: 'The plan must "indicate the diagnoses and anticipated goals".',
    },
    {
      what: 'Anticipated goals for each problem',
      rule: 'problem-has-goal',
      severity: 'error',
      source: CERT,
      says: 'The plan must "indicate the diagnoses and anticipated goals".',
    },
    {
      what: 'How long the plan is valid for (its duration: expected-end)',
      rule: 'course-length',
      severity: 'warning',
      source: `${CERT}; ${PLANS}`,
      says: 'Duration is "the duration that the treatment plan will be valid or effective for" (Psychotherapy Treatment Plans).',
    },
    {
      what: 'A summary of progress toward the goals when the plan is updated',
      rule: 'revision-progress',
      severity: 'warning',
      source: CERT,
      says: 'An updated treatment plan "includes a periodic summary of goals and progress toward goals".',
    },
    {
      what: 'The signature of the clinician who performs the service, electronic or handwritten',
      rule: 'signature-required',
      severity: 'error',
      source: `${CERT}; ${SIGN}`,
      says: '"An electronic signature or legible signature is required on all notes" (CERT); signatures are handwritten or electronic, and stamped signatures are not accepted (PIM §3.3.2.4).',
    },
  ],
};
