// Requirement sets: what a payer or an accreditor asks of an outpatient
// treatment plan, as data. Each requirement names the rule that checks it, the
// severity it takes when the set is on, and where it comes from. A set is
// turned on with `requirements:` in `.planrc.yaml` or in the plan's
// frontmatter (which wins). The product reports what a set asks; it gives no
// legal or billing advice.

import type { DiagnosticSeverity } from '../lint/diagnostic';

import type { SignatureRole } from '../plan/values';

export interface Requirement {
  /** What the reviewer looks for, in plain words. */
  readonly what: string;
  /** The rule that checks it. */
  readonly rule: string;
  readonly severity: DiagnosticSeverity;
  /** Document, section, year. */
  readonly source: string;
}

export interface RequirementSet {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** Who must sign the plan under this set. */
  readonly signers: readonly SignatureRole[];
  readonly requirements: readonly Requirement[];
}

const NGS_CERT =
  'NGS Medicare, CERT Errors: Psychiatry and Psychology Services (reviewed 2024-11-14), citing LCD L33632 Psychiatry and Psychology Services';
const NGS_SIGN =
  'NGS Medicare, Psychotherapy Services: Signing the Psychotherapy Treatment Plan; CMS Pub. 100-08, Medicare Program Integrity Manual, ch. 3, §3.3.2.4 (signature requirements)';
const CARF_2C = 'CARF, Behavioral Health Standards Manual, Section 2.C Person-Centered Plan';
const CARF_2D = 'CARF, Behavioral Health Standards Manual, Section 2.D Transition/Discharge';
const TJC_CTS =
  'The Joint Commission, Behavioral Health Care and Human Services, CTS.03.01.03 (plan of care, treatment, or services)';
// The standard's words and the surveyors' common findings, from The Joint Commission's own newsletter.
const TJC_ONLINE = 'Joint Commission Online, 2022-04-06, quoting CTS.03.01.03 and its surveyors’ common findings';
const TJC_EP2 = 'CTS.03.01.03 EP 2, as revised 2017-07-01 (summarised by Barrins & Associates, 2017)';
const TJC_NPSG = 'The Joint Commission, NPSG.15.01.01 (reduce the risk for suicide), 2019';

export const REQUIREMENT_SETS: readonly RequirementSet[] = [
  {
    id: 'medicare',
    name: 'Medicare (outpatient psychotherapy)',
    summary:
      'What Medicare contractors look for in an individualized psychotherapy treatment plan: the type, amount, frequency and duration of services, the diagnoses and anticipated goals, and the signature of the clinician who wrote it.',
    signers: ['clinician'],
    requirements: [
      {
        what: 'Services with their type, amount (session length) and frequency',
        rule: 'services-required',
        severity: 'error',
        source: NGS_CERT,
      },
      {
        what: 'The diagnoses, each with its ICD-10-CM code',
        rule: 'frontmatter-required',
        severity: 'error',
        source: NGS_CERT,
      },
      { what: 'Anticipated goals for each problem', rule: 'problem-has-goal', severity: 'error', source: NGS_CERT },
      {
        what: 'Each problem tied to the diagnosis it addresses',
        rule: 'diagnosis-linked',
        severity: 'error',
        source: NGS_CERT,
      },
      {
        what: 'How long the plan is expected to run (its duration), and a review at least every 12 months',
        rule: 'course-length',
        severity: 'warning',
        source: `${NGS_CERT}; NGS Medicare, Psychotherapy Services: Psychotherapy Treatment Plans (duration)`,
      },
      {
        what: 'A summary of progress toward the goals at each review',
        rule: 'revision-progress',
        severity: 'warning',
        source: NGS_CERT,
      },
      {
        what: 'Measurable, objective steps toward the goals',
        rule: 'step-measurable',
        severity: 'warning',
        source: NGS_CERT,
      },
      {
        what: 'The plan signed and dated by the clinician, with credentials',
        rule: 'signature-required',
        severity: 'error',
        source: NGS_SIGN,
      },
    ],
  },
  {
    id: 'carf',
    name: 'CARF (person-centered plan)',
    summary:
      "CARF's person-centered plan: developed with the person served, based on their strengths, needs, abilities and preferences, with goals in their own words, and transition planning begun early.",
    signers: ['client', 'clinician'],
    requirements: [
      {
        what: "The person's strengths, abilities and preferences",
        rule: 'strengths-required',
        severity: 'error',
        source: `${CARF_2C} (2.C.1)`,
      },
      {
        what: 'Conditions for transition or discharge, discussed with the person',
        rule: 'discharge-criteria',
        severity: 'error',
        source: `${CARF_2C} (2.C.2) and ${CARF_2D}`,
      },
      {
        what: 'Goals in the words of the person served',
        rule: 'goal-client-words',
        severity: 'warning',
        source: `${CARF_2C} (2.C.2)`,
      },
      {
        what: 'Measurable, time-specific objectives',
        rule: 'step-measurable',
        severity: 'warning',
        source: `${CARF_2C} (2.C.2)`,
      },
      {
        what: "The person's active participation, shown by their signature, and the clinician's",
        rule: 'signature-required',
        severity: 'error',
        source: `${CARF_2C} (2.C.1)`,
      },
    ],
  },
  {
    id: 'joint-commission',
    name: 'Joint Commission (behavioral health care)',
    summary:
      "The Joint Commission: a plan that reflects the individual's assessed needs, strengths, preferences and goals, with goals in their own words, measurable steps with time frames, review at set times, and discharge criteria discussed with them; and for anyone at risk of suicide, the assessed risk documented with a plan to reduce it.",
    signers: ['client', 'clinician'],
    requirements: [
      { what: 'Goals for each problem', rule: 'problem-has-goal', severity: 'error', source: TJC_CTS },
      {
        what: "The individual's strengths, which the plan reflects and builds on",
        rule: 'strengths-required',
        severity: 'error',
        source: `${TJC_CTS}; ${TJC_ONLINE}`,
      },
      {
        what: "Goals in the individual's own words or ideas",
        rule: 'goal-client-words',
        severity: 'warning',
        source: `${TJC_ONLINE}; ${TJC_EP2}`,
      },
      {
        what: 'The criteria for transfer or discharge, discussed with the individual',
        rule: 'discharge-criteria',
        severity: 'error',
        source: TJC_EP2,
      },
      {
        what: 'Measurable steps with time frames',
        rule: 'step-measurable',
        severity: 'warning',
        source: `${TJC_CTS}; ${TJC_ONLINE}`,
      },
      { what: 'A review date', rule: 'review-date', severity: 'error', source: TJC_CTS },
      {
        what: "The individual's participation, shown by their signature, and the clinician's",
        rule: 'signature-required',
        severity: 'error',
        source: TJC_CTS,
      },
      {
        what: 'The assessed level of suicide risk when the plan speaks of it',
        rule: 'risk-level',
        severity: 'error',
        source: TJC_NPSG,
      },
      {
        what: 'A safety plan when risk is present',
        rule: 'safety-plan',
        severity: 'error',
        source: TJC_NPSG,
      },
    ],
  },
];

export const REQUIREMENT_SET_IDS: readonly string[] = REQUIREMENT_SETS.map((s) => s.id);

export function requirementSet(id: string): RequirementSet | undefined {
  return REQUIREMENT_SETS.find((s) => s.id === id);
}
