// Tables: the scanner reads a plain table as remark does (or declines), on
// generated tables whose lines sit on the edges of GFM's table rules; and the
// `## Measures` tables reach the Plan by their header's names.
import { describe, expect, it } from 'vitest';
import { parseChunk } from '../../server/src/plan/blocks';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { scanPlainChunk } from '../../server/src/plan/scan';
import { random, type Random } from '../fuzz/harness';

function compare(text: string): 'declined' | 'same' | { scan: string; remark: string } {
  const fast = scanPlainChunk(text, false);
  if (!fast) return 'declined';
  const scan = JSON.stringify(fast);
  const remark = JSON.stringify(parseChunk(text, false));
  return scan === remark ? 'same' : { scan, remark };
}

const CELLS = [
  ...['', ' ', '  ', 'Date', ' Date ', 'date', 'Measure', 'Score', 'Note', ' 2026-11-02 ', '2026-11-02', 'PHQ-9'],
  ...[' 17 ', '17', ' 8', 'x y  z', 'a \\| b', '`a|b`', '<b>x</b>', '&amp;', '*a*', '_a_', '[a](b)', 'www.x.org'],
  ...['a@b.test', 'http://x', '-', '---', ':-:', ' :-- ', '--:', '#', '# h', '> q', '- item', '1.', 'héllo', '12.5'],
  ...['–', '"said"', "it's", '(a)', 'a/b', '50 %', '~a~', '!', '\u00a0', '<!-- c -->'],
];
const PLAIN = CELLS.filter((c) => !/[\\`*_[\]<>&!~@]|www\.|:\/\//.test(c));
const DELIMITERS = ['---', ' --- ', ':--', '--:', ':-:', '-', ' - ', '', 'x', '-- -', '===', ':'];
const AFTER = ['', '', '\n', '\n\nText after.\n', '\n## Next\n', '\n<!-- c -->\n', '\nplain\n', '\n> q\n', '\n- i\n'];

function row(r: Random, cells: number, pick: <T>(l: readonly T[]) => T, content: readonly string[]): string {
  const lead = r() < 0.92 ? '|' : pick(['', ' |', '    |']);
  const parts = Array.from({ length: cells }, () => pick(content));
  const trail = pick(['|', '|', '|', '', '| ', '|  ', ' |', '||']);
  return `${lead}${parts.join('|')}${trail}`;
}

function table(r: Random): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const columns = 1 + Math.floor(r() * 4);
  // Half the tables plain (the scanner reads them), half with markup anywhere.
  const content = r() < 0.5 ? PLAIN : CELLS;
  const head = row(r, columns, pick, content);
  const delimiterCells = r() < 0.9 ? columns : columns + pick([-1, 1]);
  const delimiter = row(r, Math.max(1, delimiterCells), pick, r() < 0.8 ? ['---', ' --- ', ':-:'] : DELIMITERS);
  const rows = Array.from({ length: Math.floor(r() * 5) }, () =>
    row(r, Math.max(1, columns + pick([0, 0, 0, -1, 1, 2])), pick, content),
  );
  const before = pick(['', '## Measures\n\n', '## Measures\n', 'Text.\n\n']);
  const eol = pick(['\n', '\n', '\r\n']);
  return (before + [head, delimiter, ...rows].join('\n') + pick(AFTER)).replace(/\n/g, eol);
}

describe('the table scanner', () => {
  it('answers as remark does on tables at the edges of the table rules', () => {
    const r = random(29);
    let same = 0;
    for (let n = 0; n < 8_000; n++) {
      const text = table(r);
      const result = compare(text);
      if (result === 'same') same++;
      else if (result !== 'declined') expect({ text, ...result }).toBe('same');
    }
    expect(same).toBeGreaterThan(800);
  });

  it('reads a plain Measures table without remark', () => {
    const text = '## Measures\n\n| Date | Measure | Score |\n| --- | --- | --- |\n| 2026-11-02 | PHQ-9 | 17 |\n';
    expect(scanPlainChunk(text, false)?.blocks.map((b) => b.kind)).toEqual(['heading', 'table']);
  });
});

const PLAN = `---
client: J.D.
clinician: A. Rivera, LPC
created: 2026-11-02
---

## Problem: Depression

### Goal: Lift depressed mood

#### Steps

- [ ] Score below 10 on the PHQ-9 at two sessions in a row, by 2027-02-01

#### Methods

- Behavioral activation

## Measures

| score | Note | DATE | Measure |
| --- | --- | --- | --- |
| 17 | at intake | 2026-11-02 | PHQ-9 |
| 11 | | 2026-11-30 | PHQ-9 |

## Homework

| Date | Measure | Score |
| --- | --- | --- |
| 2026-11-03 | PHQ-9 | 3 |
`;

describe('the Measures tables', () => {
  it('are read by their header names, in any case and order; a table elsewhere is not read', () => {
    const plan = parsePlan(PLAN);
    expect(plan.measures).toHaveLength(1);
    const rows = plan.measures[0]!.rows.map((r) => [r.date?.text, r.measure?.text, r.score?.text, r.note?.text]);
    expect(rows).toEqual([
      ['2026-11-02', 'PHQ-9', '17', 'at intake'],
      ['2026-11-30', 'PHQ-9', '11', ''],
    ]);
    const lines = PLAN.split('\n');
    const row = plan.measures[0]!.rows[0]!;
    expect(
      lines[row.score!.range.start.line]!.slice(row.score!.range.start.character, row.score!.range.end.character),
    ).toBe('17');
  });

  it('keep their objects when another section is edited, and parse incrementally as a fresh parse does', () => {
    const before = parsePlan(PLAN);
    const edited = PLAN.replace('Behavioral activation', 'Behavioral activation, weekly');
    const after = parsePlan(edited, { previous: before });
    expect(after.measures[0]).toBe(before.measures[0]);
    const r = random(11);
    let previous = before;
    let text = PLAN;
    for (let i = 0; i < 60; i++) {
      const at = text.indexOf('| 11 |') + Math.floor(r() * 40);
      const insert = ['|', ' ', '2', '\n', '\\|', '-', '\n| 2026-12-01 | GAD-7 | 9 |', ''][Math.floor(r() * 8)]!;
      text = text.slice(0, at) + insert + text.slice(at + (r() < 0.3 ? 1 : 0));
      previous = parsePlan(text, { previous });
      const { chunks: _a, ...fresh } = parsePlan(text);
      const { chunks: _b, ...incremental } = previous;
      expect(JSON.stringify(incremental)).toBe(JSON.stringify(fresh));
      expect(JSON.stringify(parsePlan(text, { whole: true }).measures)).toBe(JSON.stringify(fresh.measures));
    }
  });

  it('reads 10,000 rows', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `| 2026-11-${String(1 + (i % 28)).padStart(2, '0')} | PHQ-9 | ${i % 28} |`,
    );
    const plan = parsePlan(
      PLAN.replace('| 11 | | 2026-11-30 | PHQ-9 |', '').replace(
        '| score | Note | DATE | Measure |\n| --- | --- | --- | --- |\n| 17 | at intake | 2026-11-02 | PHQ-9 |',
        `| Date | Measure | Score |\n| --- | --- | --- |\n${rows.join('\n')}`,
      ),
    );
    expect(plan.measures[0]!.rows).toHaveLength(10_000);
    expect(JSON.stringify(parsePlan(plan.text, { softChunkLimit: 200 }).measures)).toBe(JSON.stringify(plan.measures));
  });
});
