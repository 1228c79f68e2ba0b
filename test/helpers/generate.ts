// Realistic generated plans for property tests and the benchmark: a
// frontmatter, then problems with goals, steps, methods and prose.

import { random } from '../fuzz/inputs';

const PROBLEMS = [
  'Depression',
  'Generalized anxiety',
  'Trauma and PTSD',
  'Grief',
  'Insomnia',
  'Anger',
  'Panic',
  'Work stress',
];
const STEPS = [
  'Score below 10 on the PHQ-9 at two sessions in a row',
  'Walk 20 minutes on 4 days a week',
  'Practice paced breathing 10 minutes daily',
  'Contact one friend each week for 6 weeks',
  'Keep a sleep diary every night for 2 weeks',
  'Use a coping skill on 4 of 5 urges',
];
const METHODS = [
  'Behavioral activation',
  'Cognitive restructuring, weekly',
  'Applied relaxation',
  'Motivational interviewing',
  'CBT-I: stimulus control and sleep restriction',
];

export function generatePlan(problems: number, seed: number): string {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const out = [
    '---',
    'type: treatment-plan',
    'client: J.D.',
    'clinician: A. Rivera, LPC',
    'created: 2026-11-02',
    'review: 2027-01-30',
    'status: active',
    'style: formal',
    'severity: moderate',
    'services:',
    '  - modality: individual psychotherapy',
    '    frequency: weekly',
    '    duration: 50 min',
    '---',
    '',
    '# Treatment plan',
    '',
  ];
  for (let p = 0; p < problems; p++) {
    out.push(
      `## Problem: ${pick(PROBLEMS)}`,
      '',
      'How the problem shows up for this client, in a sentence or two of plain prose.',
      '',
    );
    const goals = 1 + Math.floor(r() * 3);
    for (let g = 0; g < goals; g++) {
      out.push(`### Goal: Goal ${p + 1}.${g + 1} for the client`, '', '#### Steps', '');
      const steps = 1 + Math.floor(r() * 4);
      for (let s = 0; s < steps; s++) {
        const month = String(1 + Math.floor(r() * 6)).padStart(2, '0');
        out.push(`- [${r() < 0.3 ? 'x' : ' '}] ${pick(STEPS)}, by 2027-${month}-15`);
      }
      out.push('', '#### Methods', '');
      const methods = 1 + Math.floor(r() * 3);
      for (let m = 0; m < methods; m++) out.push(`- ${pick(METHODS)}`);
      out.push('');
    }
  }
  out.push('## Strengths', '', 'Close to a sister; enjoys running.', '');
  return out.join('\n');
}

/** A plan of about `lines` lines. */
export function generatePlanOfLines(lines: number, seed = 1): string {
  let problems = Math.max(1, Math.round(lines / 30));
  let text = generatePlan(problems, seed);
  // Adjust once: problems vary in length.
  const actual = text.split('\n').length;
  problems = Math.max(1, Math.round((problems * lines) / actual));
  text = generatePlan(problems, seed);
  // Pad with prose in the last section to reach the size asked for.
  const missing = lines - text.split('\n').length;
  return missing > 0 ? text + 'A line of notes about strengths and supports.\n'.repeat(missing) : text;
}
