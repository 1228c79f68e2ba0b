// diagnosis-name on names written for codes, as a reviewer reads them: the
// title, an inclusion term of the tabular list or the name clinicians use is
// the code's; an unrelated name is not. Every code of the names file is in
// the code table.
import { describe, expect, it } from 'vitest';
import { builtinCodeTable } from '../../server/src/library/icd10cm';
import { namedCodes, otherNames } from '../../server/src/library/diagnosis-names';
import { nameMatchesTitle } from '../../server/src/rules/diagnosis-name';

const CASES: ReadonlyArray<readonly [code: string, name: string, fits: boolean]> = [
  // The title, its brackets and parentheses, and the words a title adds for nothing.
  ['F41.0', 'Panic disorder [episodic paroxysmal anxiety]', true],
  ['F41.0', 'Panic disorder', true],
  ['F41.0', 'Episodic paroxysmal anxiety', true],
  ['F42.4', 'Excoriation disorder', true],
  ['F42.4', 'Excoriation (skin-picking) disorder', true],
  ['F43.10', 'Post-traumatic stress disorder', true],
  ['F50.819', 'Binge eating disorder', true],
  ['F50.00', 'Anorexia nervosa', true],
  ['F10.20', 'Alcohol dependence', true],
  ['F33.1', 'Major depressive disorder, recurrent, moderate', true],
  ['F33.1', 'major depressive disorders, recurrent moderate', true],
  // Inclusion terms of the tabular list.
  ['F41.0', 'Panic attack', true],
  ['F41.1', 'Anxiety neurosis', true],
  ['F34.1', 'Dysthymia', true],
  ['F34.1', 'Persistent depressive disorder', true],
  ['F40.10', 'Social anxiety disorder', true],
  ['F40.11', 'Social anxiety disorder', true],
  ['F45.21', 'Illness anxiety disorder', true],
  ['F63.0', 'Gambling disorder', true],
  ['F84.0', 'Autism spectrum disorder', true],
  ['F90.2', 'Attention deficit disorder with hyperactivity', true],
  ['F10.10', 'Alcohol use disorder, mild', true],
  ['F10.20', 'Alcohol use disorder, severe', true],
  // Names clinicians use, and short forms.
  ['F43.10', 'PTSD', true],
  ['F43.12', 'Posttraumatic stress disorder, chronic', true],
  ['F41.1', 'GAD', true],
  ['F33.1', 'MDD, recurrent, moderate', true],
  ['F90.0', 'ADHD, predominantly inattentive type', true],
  ['F90.2', 'Attention-deficit/hyperactivity disorder, combined presentation', true],
  ['F42.2', 'OCD', true],
  ['F93.0', 'Separation anxiety disorder', true],
  ['F63.3', 'Hair-pulling disorder', true],
  ['G47.00', 'Insomnia disorder', true],
  ['F11.20', 'Opioid use disorder, severe', true],
  // Unrelated names, and names that say less than the code.
  ['F41.0', 'Generalized anxiety disorder', false],
  ['F41.1', 'Panic disorder', false],
  ['F41.1', 'Anxiety', false],
  ['F33.1', 'Generalized anxiety disorder', false],
  ['F34.1', 'Panic attack', false],
  ['F43.10', 'Adjustment disorder', false],
  ['F40.10', 'Agoraphobia', false],
  ['F84.0', 'ADHD', false],
  ['F10.10', 'Alcohol use disorder, severe', false],
  ['F10.20', 'Opioid use disorder, moderate', false],
  ['F63.0', 'Gaming disorder', false],
  ['F32.1', 'Major depressive disorder, recurrent, severe', false],
  ['F90.0', 'Oppositional defiant disorder', false],
];

describe('diagnosis-name', () => {
  const table = builtinCodeTable();
  it('reads every name of the table as a reviewer does', () => {
    const wrong = CASES.filter(
      ([code, name, want]) => nameMatchesTitle(`${name}\u0000${table.title(code)!}\u0000${code}`) !== want,
    );
    expect(wrong).toEqual([]);
    expect(CASES.filter((c) => c[2]).length).toBeGreaterThan(25);
    expect(CASES.filter((c) => !c[2]).length).toBeGreaterThan(10);
  });

  it('names only codes and categories of the code table, each name once', () => {
    for (const code of namedCodes()) {
      expect(
        table.title(code) !== undefined || table.childrenOf(code).length > 0,
        `${code} is not in the code table`,
      ).toBe(true);
      const names = otherNames(code).map((n) => n.name);
      expect(new Set(names).size, code).toBe(names.length);
    }
  });
});
