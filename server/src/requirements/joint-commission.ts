// The Joint Commission, Behavioral Health Care and Human Services: the plan
// standard CTS.03.01.03 and NPSG.15.01.01 (reduce the risk for suicide). The
// standards manual is not public: the words are checked against The Joint
// Commission's own newsletters and a consultant's summary, named per source.

import type { RequirementSet } from './types';

const CTS =
  'The Joint Commission, CTS.03.01.03, and surveyors’ common findings under it (Joint Commission Online, 2022-04-06)';
const EP2 = 'The Joint Commission, CTS.03.01.03 EP 2 as revised 2017-07-01 (Barrins & Associates, 2017)';
const NPSG =
  'The Joint Commission, NPSG.15.01.01 (reduce the risk for suicide), Behavioral Health Care and Human Services, as its newsletter Person to Person (issue 2, 2022) words it';

export const JOINT_COMMISSION: RequirementSet = {
  id: 'joint-commission',
  name: 'Joint Commission (behavioral health care)',
  summary:
    'The Joint Commission: a plan that reflects the assessed needs, strengths, preferences and goals of the individual served, with goals in their own words, measurable and reviewed at set time frames, and the criteria for discharge discussed with them; and every individual served screened for suicidal ideation with a validated tool, with the overall risk documented and a plan to mitigate it.',
  kind: 'source',
  signers: [],
  requirements: [
    {
      what: 'Goals for each problem',
      rule: 'problem-has-goal',
      severity: 'error',
      source: CTS,
      says: '"The organization has a plan for care, treatment, or services that reflects the assessed needs, strengths, preferences, and goals of the individual served."',
    },
    {
      what: 'The individual’s strengths',
      rule: 'strengths-required',
      severity: 'error',
      source: `${CTS}; ${EP2}`,
      says: 'The plan reflects the individual’s "strengths" (CTS.03.01.03); EP 2: "goals that build on the individual’s strengths".',
    },
    {
      what: 'Goals in the individual’s own words or ideas',
      rule: 'goal-client-words',
      severity: 'warning',
      source: `${CTS}; ${EP2}`,
      says: 'EP 2: "goals expressed in a manner that captures the individual’s words or ideas"; surveyors found goals that "did not reflect the individual’s own words".',
    },
    {
      what: 'Measurable goals that can show progress',
      rule: 'step-measurable',
      severity: 'warning',
      source: CTS,
      says: 'Surveyors found goals that "were not measurable and did not or could not show progress".',
    },
    {
      what: 'A date the plan is next reviewed',
      rule: 'review-date',
      severity: 'error',
      source: CTS,
      says: 'Surveyors found goals that "were not reviewed at specific time frames as required".',
    },
    {
      what: 'The criteria for transfer or discharge, discussed with the individual',
      rule: 'discharge-criteria',
      severity: 'error',
      source: EP2,
      says: 'EP 2 (since 2017-07-01): "the criteria and process for the individual’s expected successful transfer and/or discharge, which the organization discusses with the individual".',
    },
    {
      what: 'A screen for suicidal ideation with a validated tool, named and dated (risk-screen)',
      rule: 'risk-screen',
      severity: 'error',
      source: `${NPSG}, EP 2`,
      says: 'EP 2: "Screen all individuals served for suicidal ideation using a validated screening tool."',
    },
    {
      what: 'The individual’s overall risk for suicide documented where the plan speaks of risk',
      rule: 'risk-level',
      severity: 'error',
      source: `${NPSG}, EP 4`,
      says: 'EP 4: "Document individuals’ overall risk for suicide and the plan to mitigate the risk for suicide."',
    },
    {
      what: 'A plan to mitigate the risk for suicide (a safety plan) where risk is present',
      rule: 'safety-plan',
      severity: 'error',
      source: `${NPSG}, EP 4`,
      says: 'EP 4: "Document individuals’ overall risk for suicide and the plan to mitigate the risk for suicide."',
    },
  ],
};
