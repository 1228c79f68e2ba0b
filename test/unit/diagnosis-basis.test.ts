// diagnosis-basis-vague on bases written the way clinicians write them, with
// what a chart auditor says of each: does it say how the diagnosis was
// reached (a measure and score, symptoms and how long, history), or is it a
// mark left for later, too short, or the diagnosis said again?
import { describe, expect, it } from 'vitest';
import { vagueness, type Finding } from '../../server/src/rules/diagnosis-basis-vague';

const GAD = ['Generalized anxiety disorder', 'Generalized anxiety disorder', 'F41.1'];
const MDD = [
  'Major depressive disorder, recurrent, moderate',
  'Major depressive disorder, recurrent, moderate',
  'F33.1',
];
const PTSD = ['PTSD', 'Post-traumatic stress disorder, unspecified', 'F43.10'];
const PANIC = ['Panic disorder', 'Panic disorder [episodic paroxysmal anxiety]', 'F41.0'];

const CASES: ReadonlyArray<readonly [basis: string, said: readonly string[], want: Finding | undefined]> = [
  // Marks left for later.
  ['x', GAD, 'placeholder'],
  ['n/a', GAD, 'placeholder'],
  ['N/A', MDD, 'placeholder'],
  ['see notes', MDD, 'placeholder'],
  ['See chart.', PTSD, 'placeholder'],
  ['per intake', PANIC, 'placeholder'],
  ['pending', GAD, 'placeholder'],
  ['-', GAD, 'placeholder'],
  ['...', MDD, 'placeholder'],
  ['same as above', MDD, 'placeholder'],
  // Too short to say how.
  ['Clinical interview', PANIC, 'short'],
  ['GAD-7 14', GAD, 'short'],
  ['Client report', MDD, 'short'],
  ['Intake assessment.', PTSD, 'short'],
  // The diagnosis said again.
  ['Presenting problem of generalized anxiety at intake', GAD, 'restates'],
  ['Meets DSM-5 criteria for PTSD.', PTSD, 'restates'],
  ['Client presents with major depressive disorder', MDD, 'restates'],
  ['Symptoms consistent with generalized anxiety disorder', GAD, 'restates'],
  ['Diagnosed with panic disorder at intake', PANIC, 'restates'],
  ['Meets criteria for MDD, recurrent, moderate', MDD, 'restates'],
  ['History of post-traumatic stress disorder', PTSD, 'restates'],
  ['Reports symptoms of panic disorder', PANIC, 'restates'],
  // Only the words any basis may use: when or by whom, not what.
  ['Reported at intake.', MDD, 'empty'],
  ['Per clinical interview at intake', GAD, 'empty'],
  // How it was reached.
  ['GAD-7 of 14 at intake; worry most days for 8 months.', GAD, undefined],
  ['PHQ-9 of 16 at intake; low mood most days for 6 weeks; prior episode in 2023.', MDD, undefined],
  ['PCL-5 of 44; nightmares and avoidance of driving since the crash.', PTSD, undefined],
  ['Unexpected panic attacks weekly since March, with fear of the next one.', PANIC, undefined],
  ['Worry about work and her children that she cannot stop, with poor sleep and muscle tension.', GAD, undefined],
  ['Low mood and loss of interest most days, prior episode after her divorce.', MDD, undefined],
  ['Meets DSM-5 criteria: intrusive memories, avoidance, hypervigilance since the assault.', PTSD, undefined],
  ['Structured interview (SCID-5) at intake; GAD-7 of 12.', GAD, undefined],
  ['Panic attacks in shops and on the bus, avoids both since spring.', PANIC, undefined],
  ['Second episode of depression; sleep, appetite and concentration down.', MDD, undefined],
  ['Generalized anxiety for 2 years, worse since the move.', GAD, undefined],
  ['Flashbacks of the fire three times a week.', PTSD, undefined],
];

describe('diagnosis-basis-vague', () => {
  it('reads bases as a chart auditor does: every case, and precision and recall of "vague"', () => {
    const got = CASES.map(([basis, said]) => vagueness(basis, said));
    const wrong = CASES.flatMap((c, i) => (got[i] === c[2] ? [] : [`${c[0]}: want ${c[2]}, got ${got[i]}`]));
    expect(wrong).toEqual([]);
    const flagged = got.filter((g) => g !== undefined).length;
    const vague = CASES.filter((c) => c[2] !== undefined).length;
    const both = CASES.filter((c, i) => c[2] !== undefined && got[i] !== undefined).length;
    expect(both / flagged).toBe(1); // precision
    expect(both / vague).toBe(1); // recall
    expect(vague).toBeGreaterThanOrEqual(20);
    expect(CASES.length - vague).toBeGreaterThanOrEqual(12);
  });
});
