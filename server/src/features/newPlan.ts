// "New Plan from Modules": a plan to start from, with the chosen modules'
// goals, steps and methods to adapt. It decides nothing clinical: every value
// the clinician has not given is a placeholder (base/placeholders.ts) that the
// `placeholder` rule reports until it is replaced; a diagnosis is written only
// when the clinician picked its code, and no review or reviewed date is
// written. So a new plan is never "ready to share" as it comes.

import {
  DEFAULT_REVIEW_INTERVAL,
  describeInterval,
  reviewDeadline,
  type ReviewInterval,
} from '../config/review-interval';
import type { Library, Module } from '../library/library';
import type { Payer, Severity, Style } from '../plan/model';
import { SAFETY_PLAN_LINES } from '../text/safety';
import { PLACEHOLDER } from '../base/placeholders';
import { RISK_MODULES } from '../text/risk/plan';
import { goalHeading, stepText } from './snippets';

export interface NewPlanOptions {
  modules: readonly Module[];
  style: Style;
  payer?: Payer;
  severity: Severity;
  /** The codes the clinician picked (none: no diagnosis is written, but a placeholder one for insurance). */
  diagnoses?: readonly string[];
  today: string;
  reviewInterval?: Record<Severity, ReviewInterval>;
}

const P = PLACEHOLDER;

export function newPlanText(options: NewPlanOptions, library: Library): string {
  const interval = (options.reviewInterval ?? DEFAULT_REVIEW_INTERVAL)[options.severity];
  const formal = options.style === 'formal';
  const insurance = options.payer === 'insurance';
  const codes = options.diagnoses ?? [];
  const lines = [
    '---',
    'type: treatment-plan',
    `client: ${P.client}`,
    `clinician: ${P.clinician}`,
    `created: ${options.today}`,
    // The interval is a suggestion in a comment: the date is the clinician's to set.
    `review: ${P.date}  # on or before ${reviewDeadline(options.today, interval)} (${describeInterval(interval)}, the ${options.severity} interval)`,
    'status: draft',
    `style: ${options.style}`,
    `severity: ${options.severity}`,
  ];
  if (options.payer) lines.push(`payer: ${options.payer}`);
  if (codes.length || insurance) {
    lines.push('diagnoses:');
    for (const code of codes.length ? codes : [P.code]) {
      const title = library.codes.title(code);
      lines.push(
        `  - code: ${code}`,
        `    name: ${title ?? P.diagnosisName}`,
        `    basis: ${P.basis}`,
        `    reviewed: ${P.date}`,
      );
    }
  }
  if (formal || insurance) {
    lines.push(
      'services:',
      `  - modality: ${P.modality}`,
      `    frequency: ${P.frequency}`,
      `    duration: ${P.duration}`,
    );
  }
  lines.push('---', '', '# Treatment plan', '');
  if (options.modules.some((m) => RISK_MODULES.includes(m.id))) {
    lines.push('## Safety plan', '', ...SAFETY_PLAN_LINES, '');
  }
  const dated = (text: string) => (formal ? `${text}, by ${P.date}` : text);
  const section = (name: string, goal: string, steps: readonly string[], methods: readonly string[]) => [
    `## Problem: ${name}`,
    '',
    P.description,
    '',
    `### Goal: ${goal}`,
    '',
    '#### Steps',
    '',
    ...steps.map((s) => `- [ ] ${dated(s)}`),
    '',
    '#### Methods',
    '',
    ...methods.map((m) => `- ${m}`),
    '',
  ];
  for (const m of options.modules) lines.push(...moduleSection(m, section));
  if (options.modules.length === 0) lines.push(...section(P.problem, P.goal, [P.step], [P.method]));
  return lines.join('\n');
}

function moduleSection(
  m: Module,
  section: (name: string, goal: string, steps: readonly string[], methods: readonly string[]) => string[],
): string[] {
  return section(m.name, goalHeading(m.goals[0] ?? P.goal), m.steps.slice(0, 3).map(stepText), m.methods.slice(0, 2));
}
