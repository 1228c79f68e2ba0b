// CARF's person-centered plan (Behavioral Health Standards Manual, 2.C), as
// reproduced in public surveyor material: the manual itself is sold, not
// public, and was not read here.

import type { RequirementSet } from './types';

const C =
  'CARF Behavioral Health Standards Manual, Standard 2.C Person-Centered Plan (as reproduced in public surveyor material, albertakids.com)';

export const CARF: RequirementSet = {
  id: 'carf',
  name: 'CARF (person-centered plan, 2.C)',
  summary:
    'CARF’s person-centered plan: developed with the active participation of the person served, based on their strengths, needs, abilities and preferences, with goals in their own words, measurable and time-specific objectives, the interventions, modalities or services to be used and how often, conditions for transition when applicable, and the plan provided to the person served when applicable.',
  kind: 'source',
  signers: [{ roles: ['client', 'guardian'] }],
  requirements: [
    {
      what: 'Developed with the active participation of the person served: the plan records their agreement (their or their guardian’s signature, by any method)',
      rule: 'signature-required',
      severity: 'error',
      source: `${C}, 2.C.1.a`,
      says: 'A written person-centered plan is "developed with the active participation of the person served" and "the involvement of family/legal guardian of the person served, when applicable and permitted". The standard names participation, not a signature: the set reads a recorded agreement (and goals in their words, below) as its evidence.',
    },
    {
      what: 'Goals expressed in the words of the person served (a quote under each goal)',
      rule: 'goal-client-words',
      severity: 'warning',
      source: `${C}, 2.C.2.a`,
      says: '"Goals that are expressed in the words of the person served."',
    },
    {
      what: 'The person’s strengths, abilities and preferences',
      rule: 'strengths-required',
      severity: 'error',
      source: `${C}, 2.C.1.c`,
      says: 'The plan is "based upon the person’s strengths, needs, abilities, preferences".',
    },
    {
      what: 'Objectives that are measurable and time specific',
      rule: 'step-measurable',
      severity: 'warning',
      source: `${C}, 2.C.2.b`,
      says: 'Specific service or treatment objectives that are "measurable", "achievable" and "time specific".',
    },
    {
      what: 'The specific interventions or modalities to be used for each goal (its Methods)',
      rule: 'goal-has-methods',
      severity: 'error',
      source: `${C}, 2.C.2.c`,
      says: '"Identification of specific interventions, modalities, and/or services to be used."',
    },
    {
      what: 'The services to be used, each with its frequency',
      rule: 'services-required',
      severity: 'error',
      source: `${C}, 2.C.2.c and 2.C.2.d`,
      says: '"Identification of specific interventions, modalities, and/or services to be used" and the "frequency of specific interventions, modalities, or services".',
      fields: ['modality', 'frequency'],
    },
    {
      what: 'Conditions for transition to other services, when applicable',
      rule: 'discharge-criteria',
      severity: 'warning',
      source: `${C}, 2.C.2.e and 2.D.2`,
      says: '"When applicable, information on, or conditions for" transition to other community services and referrals for additional services (2.C.2.e); "Transition planning is initiated with the person served as soon as clinically appropriate" (2.D.2).',
    },
    {
      what: 'The plan provided to the person served (shared-with-client: DATE), when applicable',
      rule: 'plan-shared',
      severity: 'warning',
      source: `${C}, 2.C.1.f`,
      says: 'The plan is "provided to the person served, when applicable".',
    },
  ],
};
