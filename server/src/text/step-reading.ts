// What the step rules read in a goal's steps, read once per goal for all four
// (step-measurable, step-observable, step-is-attendance,
// step-is-clinician-action). By goal: a goal an edit did not touch is the
// same object, with the same reading. A step that is the clinician's work is
// reported as that alone: it is to be rewritten as the client's step, so
// whether it is measurable or observable as written is beside the point.

import { findMeasures, type Measure } from '../library/measures';
import { withoutPlaceholderTarget, withoutTrailingTarget } from '../plan/dates';
import type { Goal, Range, Step } from '../plan/model';
import { weakMemo } from '../base/memo';
import { isPlaceholder } from '../base/placeholders';
import { clinicianAction } from './step-clinician';
import { attendanceOf, criterionOf, stepBody, unobservableOf, type Attendance, type Unobservable } from './steps';

/** A step still to write (a placeholder, or nothing) is another rule's to report. */
export function stepToWrite(step: Pick<Step, 'text'>): boolean {
  return !step.text.trim() || isPlaceholder(withoutPlaceholderTarget(withoutTrailingTarget(step.text)));
}

export interface StepReading {
  range: Range;
  /** Set when the step states no criterion; `measure` when it names one with no target. */
  unmeasured?: { measure?: Measure };
  /** The verb (or the object of a verb of saying) no one can see done, when the step starts with one. */
  unobservable?: Unobservable;
  attendance?: Attendance;
  /** The words that show the step is the clinician's work ("Therapist will", "teach client"). */
  clinician?: string;
}

/** The readings of a goal's written steps that some rule reports (steps that pass all three are left out). */
export const readSteps = weakMemo((goal: Goal): readonly StepReading[] => {
  const out: StepReading[] = [];
  for (const step of goal.steps?.items ?? []) {
    if (stepToWrite(step)) continue;
    const reading: StepReading = { range: step.textRange };
    const clinician = clinicianAction(step.text);
    if (clinician) {
      out.push({ ...reading, clinician });
      continue;
    }
    if (criterionOf(step.text) === undefined) {
      const measure = findMeasures(stepBody(step.text))[0]?.measure;
      reading.unmeasured = measure ? { measure } : {};
    }
    const unobservable = unobservableOf(step.text);
    if (unobservable) reading.unobservable = unobservable;
    const attendance = attendanceOf(step.text);
    if (attendance) reading.attendance = attendance;
    if (reading.unmeasured || reading.unobservable || reading.attendance) out.push(reading);
  }
  return out;
});
