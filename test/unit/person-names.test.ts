// The names phi reads, on sentences written the way clinicians write them,
// with what a privacy reviewer says of each: the client's first name where
// `client:` is initials, a full name on a signature line. Precision and
// recall on the table, and every case.
import { describe, expect, it } from 'vitest';
import { testLibrary } from '../helpers/library';
import { namesIn } from '../../server/src/text/person-names';

const CLINICIAN = 'A. Rivera, LPC';

// [client, text, the names a reviewer reports]
const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['M.', 'Marisol reports low mood since the move.', ['Marisol']],
  ['M.', "Marisol's sister drives her to sessions.", ['Marisol']],
  ['M.K.', 'Since the divorce Marisol says she sleeps 4 hours.', ['Marisol']],
  ['J.', 'Jordan denies thoughts of harming others.', ['Jordan']],
  ['J.D.', 'At intake Jamal described panic in shops.', ['Jamal']],
  ['T', 'Tomasz wants to return to work by spring.', ['Tomasz']],
  ['A.', 'Aiyana lives with her grandmother.', ['Aiyana']],
  ['R.', 'Rosa and her partner argue most evenings.', ['Rosa']],
  ['M.', 'Mood is low most mornings and Monday is the hardest day.', []],
  ['M.', 'Medication was changed in October; Meditation has helped a little.', []],
  ['M.', 'Mother reports that she cries at night.', []],
  ['M.', 'Michigan Avenue traffic makes her late.', []],
  ['J.', 'June was the hardest month; January brought some relief.', []],
  ['J.', 'Journaling helps her notice triggers.', []],
  ['S.', 'She reports worry most days; Sleep is short.', []],
  ['S.', 'Sister says the client stopped calling.', []],
  ['P.', 'Panic attacks happen twice a week.', []],
  ['D.', 'Drinking increased after the layoff.', []],
  ['D.K.', 'Client signature: Dana Kowalczyk', ['Dana Kowalczyk']],
  ['D.K.', 'Parent or guardian signature: Teresa Lopez', ['Teresa Lopez']],
  ['D.K.', '**Signed by:** Teresa Lopez', ['Teresa Lopez']],
  ['D.K.', 'Printed name: Dana Kowalczyk', ['Dana Kowalczyk']],
  ['D.K.', 'Clinician signature: Ana Rivera, LPC', []],
  ['D.K.', 'Supervisor signature: Paul Grant, LCSW', []],
  ['D.K.', 'Signature: Ana Rivera', []],
  ['D.K.', 'Client signature: D.K.', []],
  ['D.K.', 'Client signature: to be obtained at the next session', []],
  ['D.K.', 'Client signature: ____________', []],
  ['J.R.', 'Jorge Ramirez was referred by his primary care physician.', ['Jorge Ramirez']],
];

describe('names in a plan', () => {
  it('reads the table as a privacy reviewer does, with precision and recall 1', () => {
    const library = testLibrary();
    let hits = 0;
    let found = 0;
    let wanted = 0;
    const wrong: string[] = [];
    for (const [client, text, want] of CASES) {
      const got = namesIn({ client, clinician: CLINICIAN, text }, library).map((f) =>
        text.slice(f.range.start.character, f.range.end.character),
      );
      found += got.length;
      wanted += want.length;
      hits += got.filter((g) => want.includes(g)).length;
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text}: want ${want}, got ${got}`);
    }
    expect(wrong).toEqual([]);
    expect(hits / found).toBe(1);
    expect(hits / wanted).toBe(1);
  });
});
