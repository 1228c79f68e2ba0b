// The registry: every rule, in the order the docs list them. The rule tables of
// docs/plan-format.md (section 5), docs/rules/README.md and the README are
// written from this list by `npm run generate` (scripts/rule-docs.mjs).
// Adding a rule touches only its own file, its fixtures, its doc page and this list.

import type { Rule } from './types';
import { frontmatterMissing } from './frontmatter-missing';
import { frontmatterYaml } from './frontmatter-yaml';
import { frontmatterPosition } from './frontmatter-position';
import { planTooLarge } from './plan-too-large';
import { planTooComplex } from './plan-too-complex';
import { planUnchecked } from './plan-unchecked';
import { frontmatterRequired } from './frontmatter-required';
import { frontmatterType } from './frontmatter-type';
import { frontmatterUnknownKey } from './frontmatter-unknown-key';
import { datesOrder } from './dates-order';
import { planHasProblem } from './plan-has-problem';
import { problemHasGoal } from './problem-has-goal';
import { goalHasSteps } from './goal-has-steps';
import { goalHasMethods } from './goal-has-methods';
import { headingOutOfPlace } from './heading-out-of-place';
import { stepTargetDate } from './step-target-date';
import { stepDate } from './step-date';
import { stepMeasurable } from './step-measurable';
import { stepObservable } from './step-observable';
import { stepIsAttendance } from './step-is-attendance';
import { stepIsClinicianAction } from './step-is-clinician-action';
import { stepMeasureRange } from './step-measure-range';
import { stepOverdue } from './step-overdue';
import { goalMet } from './goal-met';
import { stepTargetReached } from './step-target-reached';
import { stepMetNotReached } from './step-met-not-reached';
import { measuresTable } from './measures-table';
import { measureUnknown } from './measure-unknown';
import { measureScore } from './measure-score';
import { measureDate } from './measure-date';
import { measureBeforeCreated } from './measure-before-created';
import { measureRepeated } from './measure-repeated';
import { measureDue } from './measure-due';
import { diagnosisCode } from './diagnosis-code';
import { diagnosisCodeUnchecked } from './diagnosis-code-unchecked';
import { diagnosisEncounterCode } from './diagnosis-encounter-code';
import { diagnosisName } from './diagnosis-name';
import { diagnosisBasis } from './diagnosis-basis';
import { diagnosisBasisVague } from './diagnosis-basis-vague';
import { diagnosisReviewed } from './diagnosis-reviewed';
import { servicesRequired } from './services-required';
import { reviewDate } from './review-date';
import { reviewOverdue } from './review-overdue';
import { reviewInterval } from './review-interval';
import { safetyPlan } from './safety-plan';
import { riskLevel } from './risk-level';
import { riskContradiction } from './risk-contradiction';
import { safetyPlanCrisisLine } from './safety-plan-crisis-line';
import { riskReview } from './risk-review';
import { duplicateGoal } from './duplicate-goal';
import { duplicateStep } from './duplicate-step';
import { unknownProblem } from './unknown-problem';
import { strengthsRequired } from './strengths-required';
import { dischargeCriteria } from './discharge-criteria';
import { signatureRequired } from './signature-required';
import { signatureStale } from './signature-stale';
import { signatureValid } from './signature-valid';
import { revisionDate } from './revision-date';
import { planShared } from './plan-shared';
import { riskScreen } from './risk-screen';
import { goalClientWords } from './goal-client-words';
import { diagnosisLinked } from './diagnosis-linked';
import { revisionProgress } from './revision-progress';
import { courseLength } from './course-length';
import { phi } from './phi';
import { emptyText } from './empty-text';
import { placeholder } from './placeholder';

export const RULES: readonly Rule[] = [
  planTooLarge,
  planTooComplex,
  planUnchecked,
  frontmatterMissing,
  frontmatterYaml,
  frontmatterPosition,
  frontmatterRequired,
  frontmatterType,
  frontmatterUnknownKey,
  datesOrder,
  placeholder,
  planHasProblem,
  problemHasGoal,
  goalHasSteps,
  goalHasMethods,
  emptyText,
  headingOutOfPlace,
  stepDate,
  stepTargetDate,
  stepMeasurable,
  stepObservable,
  stepIsAttendance,
  stepIsClinicianAction,
  stepMeasureRange,
  stepOverdue,
  goalMet,
  stepTargetReached,
  stepMetNotReached,
  measuresTable,
  measureUnknown,
  measureScore,
  measureDate,
  measureBeforeCreated,
  measureRepeated,
  measureDue,
  diagnosisCode,
  diagnosisCodeUnchecked,
  diagnosisEncounterCode,
  diagnosisName,
  diagnosisBasis,
  diagnosisBasisVague,
  diagnosisReviewed,
  servicesRequired,
  reviewDate,
  reviewOverdue,
  reviewInterval,
  riskLevel,
  riskContradiction,
  safetyPlan,
  safetyPlanCrisisLine,
  riskReview,
  duplicateGoal,
  duplicateStep,
  unknownProblem,
  strengthsRequired,
  dischargeCriteria,
  signatureRequired,
  signatureStale,
  signatureValid,
  revisionDate,
  planShared,
  riskScreen,
  goalClientWords,
  diagnosisLinked,
  revisionProgress,
  courseLength,
  phi,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule } from './types';
