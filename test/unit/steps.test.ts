// The step grammar on the step texts written for issues 12 and 27
// (steps.table.ts): measurable, observable, attendance and whose work the
// step is, each as a reviewer reads it.
import { describe, expect, it } from 'vitest';
import { clinicianAction } from '../../server/src/text/step-clinician';
import { attendanceOf, criterionOf, unobservableVerb } from '../../server/src/text/steps';
import { STEP_CASES } from './steps.table';

describe('the step grammar', () => {
  it('has at least 280 cases, both ways', () => {
    expect(STEP_CASES.length).toBeGreaterThanOrEqual(280);
    expect(STEP_CASES.filter((c) => c.actor === 'clinician').length).toBeGreaterThan(30);
    expect(STEP_CASES.filter((c) => c.measurable).length).toBeGreaterThan(40);
    expect(STEP_CASES.filter((c) => !c.measurable).length).toBeGreaterThan(40);
  });

  for (const c of STEP_CASES) {
    it(`${c.text}: ${c.measurable ? '' : 'not '}measurable, ${c.observable ? '' : 'not '}observable${c.attendance ? `, ${c.attendance}` : ''}${c.actor ? `, ${c.actor}'s` : ''}`, () => {
      expect({
        measurable: criterionOf(c.text) !== undefined,
        observable: unobservableVerb(c.text) === undefined,
        attendance: attendanceOf(c.text),
        actor: clinicianAction(c.text) ? 'clinician' : undefined,
      }).toEqual({ measurable: c.measurable, observable: c.observable, attendance: c.attendance, actor: c.actor });
    });
  }

  it('reads a step the same with "Client will", a target date, or a task box around it', () => {
    for (const text of [
      'Walk 20 minutes on 4 days a week',
      'Learn about depression',
      'Take medication as prescribed',
      'Teach client 3 relaxation skills',
      'Verbalize an understanding of the triggers',
      'Rate anxiety from 8/10 to 4/10',
    ]) {
      const forms = [
        text,
        `Client will ${text.toLowerCase()}`,
        `${text}, by 2027-01-15`,
        `J.D. will ${text.toLowerCase()}`,
      ];
      const answers = forms.map((t) => [
        criterionOf(t) !== undefined,
        unobservableVerb(t),
        attendanceOf(t),
        clinicianAction(t) !== undefined,
      ]);
      for (const a of answers) expect(a).toEqual(answers[0]);
    }
  });
});
