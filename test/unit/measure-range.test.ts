// step-measure-range's suggestion for a target that points the wrong way:
// only targets in the direction of improvement that the measure's bands
// support, never the value written turned round ("below 20" on the PHQ-9 is
// still moderately severe).
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';

const plan = (step: string) =>
  parsePlan(
    [
      '---',
      'client: J.D.',
      'clinician: A. Rivera, LPC',
      'created: 2026-11-02',
      '---',
      '## Problem: Depression',
      '### Goal: Feel better',
      '#### Steps',
      `- [ ] ${step}`,
      '#### Methods',
      '- Behavioral activation',
      '',
    ].join('\n'),
  );
const said = (step: string) =>
  lint(plan(step), { today: '2026-11-28' })
    .filter((d) => d.rule === 'step-measure-range')
    .map((d) => d.message);

describe('step-measure-range', () => {
  it('suggests only targets the bands support, in the direction of improvement', () => {
    const [phq] = said('Score above 20 on the PHQ-9');
    expect(phq).toContain('below 5 (minimal) or below 10 (mild)');
    expect(phq).not.toMatch(/below 20\b/);
    expect(said('Score above 15 on the GAD-7')[0]).toContain('below 5 (minimal) or below 10 (mild)');
    // A measure with two bands: its cut-off; a higher-is-better one: above it.
    expect(said('Score above 40 on the PCL-5')[0]).toContain('below 31 (below the usual cut-point)');
    expect(said('ORS score below 20')[0]).toContain('above 24 (at or above the adult clinical cut-off)');
    // Not a band that is still a problem ("hazardous use" on the AUDIT).
    expect(said('Score above 10 on the AUDIT')[0]).toMatch(/below 8 \(low risk\)\.$/);
    // No bands: no number is suggested.
    expect(said('Score above 20 on the PSS-10')[0]).toMatch(/no published bands.*starting score/);
    expect(said('Score above 20 on the PSS-10')[0]).not.toMatch(/below \d/);
  });
});
