// In a Measures table: completion offers the instruments' names and today's
// date (never a score), and a hover on a score gives its band and how the
// instrument's scores moved.
import { describe, expect, it } from 'vitest';
import { complete } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { testLibrary } from '../helpers/library';

const TEXT = `---
client: J.D.
created: 2026-11-02
---

## Problem: Depression

### Goal: Feel better

#### Steps

- [ ] Score below 10 on the PHQ-9 at two sessions in a row

#### Methods

- Behavioral activation

## Measures

| Measure | Date | Score | Note |
| --- | --- | --- | --- |
| PHQ-9 | 2026-11-02 | 17 | |
| PHQ-9 | 2027-01-25 | 8 | |
| PH | 2027-0 |
`;
const library = testLibrary();
const lines = TEXT.split('\n');
const lineOf = (s: string) => lines.findIndex((l) => l.startsWith(s));

function at(prefix: string, cell: string) {
  const line = lineOf(prefix);
  const character = lines[line]!.indexOf(cell) + cell.length;
  const plan = parsePlan(TEXT);
  return complete({ plan, position: { line, character }, line: lines[line]!, library, today: '2027-02-01' });
}

describe('completion in a Measures table', () => {
  it("offers the instruments' names in the Measure column, and today's date in the Date column", () => {
    const names = at('| PH |', '| PH');
    expect(names.map((c) => c.label)).toContain('PHQ-9');
    expect(names.map((c) => c.label)).not.toContain('C-SSRS');
    expect(names.every((c) => c.kind === 'measure' && c.range.start.character === 2)).toBe(true);
    const dates = at('| PH |', '2027-0');
    expect(dates.map((c) => [c.label, c.kind, c.range.start.character])).toEqual([['2027-02-01', 'date', 7]]);
  });

  it("offers nothing in the Score column: a score is the clinician's to write", () => {
    const line = lineOf('| PHQ-9 | 2027-01-25');
    const plan = parsePlan(TEXT);
    const got = complete({
      plan,
      position: { line, character: lines[line]!.indexOf(' 8 ') + 1 },
      line: lines[line]!,
      library,
      today: '2027-02-01',
    });
    expect(got).toEqual([]);
  });
});

describe('the hover on a score', () => {
  it('gives the band and the change since the first score, with the definitions and their sources', () => {
    const line = lineOf('| PHQ-9 | 2027-01-25');
    const character = lines[line]!.indexOf(' 8 ') + 1;
    const plan = parsePlan(TEXT);
    const h = hover(plan, { line, character }, lines[line]!, library, [], () => '', '2027-02-01');
    expect(h?.contents).toContain('**PHQ-9 8** on 2027-01-25: mild (5–9).');
    expect(h?.contents).toContain(
      'since the first (2026-11-02): \u22129 (17 \u2192 8); response, no remission yet, reliable improvement.',
    );
    expect(h?.contents).toContain('CBE 1885');
    expect(h?.range).toEqual({ start: { line, character }, end: { line, character: character + 1 } });
  });
});
