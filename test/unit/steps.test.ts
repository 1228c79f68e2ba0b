// The step grammar on 177 step texts written for issue 12 (steps.table.ts):
// measurable, observable, attendance, each as a reviewer reads it.
import { describe, expect, it } from 'vitest';
import { attendanceOf, criterionOf, unobservableVerb } from '../../server/src/text/steps';
import { STEP_CASES } from './steps.table';

describe('the step grammar', () => {
  it('has at least 150 cases, both ways', () => {
    expect(STEP_CASES.length).toBeGreaterThanOrEqual(150);
    expect(STEP_CASES.filter((c) => c.measurable).length).toBeGreaterThan(40);
    expect(STEP_CASES.filter((c) => !c.measurable).length).toBeGreaterThan(40);
  });

  for (const c of STEP_CASES) {
    it(`${c.text}: ${c.measurable ? '' : 'not '}measurable, ${c.observable ? '' : 'not '}observable${c.attendance ? `, ${c.attendance}` : ''}`, () => {
      expect({
        measurable: criterionOf(c.text) !== undefined,
        observable: unobservableVerb(c.text) === undefined,
        attendance: attendanceOf(c.text),
      }).toEqual({ measurable: c.measurable, observable: c.observable, attendance: c.attendance });
    });
  }

  it('reads a step the same with "Client will", a target date, or a task box around it', () => {
    for (const text of [
      'Walk 20 minutes on 4 days a week',
      'Learn about depression',
      'Take medication as prescribed',
    ]) {
      const forms = [
        text,
        `Client will ${text.toLowerCase()}`,
        `${text}, by 2027-01-15`,
        `J.D. will ${text.toLowerCase()}`,
      ];
      const answers = forms.map((t) => [criterionOf(t) !== undefined, unobservableVerb(t), attendanceOf(t)]);
      for (const a of answers) expect(a).toEqual(answers[0]);
    }
  });
});
