// Completion and hover in a `## Measures` table: the instruments' names in
// the Measure column and today's date in the Date column (never a score:
// scores are the clinician's record), and on a score its band and how the
// instrument's scores moved, as their sources define it.

import { bandOf } from '../library/measures';
import { changeText, outcomeWords, progressOf } from '../measures/progress';
import { asScore, readRow, seriesOf } from '../measures/scores';
import type { MeasureColumn } from '../plan/measures';
import type { MeasuresTable, Plan, Position, Range } from '../plan/model';
import { comparePositions } from '../plan/model';
import { MEASURES } from '../library/measures';

const inside = (p: Position, r: Range) => comparePositions(p, r.start) >= 0 && comparePositions(p, r.end) <= 0;

export interface TableCompletion {
  label: string;
  detail: string;
  documentation?: string;
  insertText: string;
  range: Range;
  sortText: string;
  filterText?: string;
}

function tableAt(plan: Plan, line: number): MeasuresTable | undefined {
  return plan.measures.find((t) => t.range.start.line < line && line <= t.range.end.line + 1);
}

/** The column the cursor is in, from the pipes before it on the line (an escaped pipe is text). */
function columnAt(table: MeasuresTable, line: string, character: number): { column?: MeasureColumn; from: number } {
  const before = line.slice(0, character);
  const pipes = [...before.matchAll(/(?<!\\)\|/g)].map((m) => m.index);
  const index = pipes.length - (line.trimStart().startsWith('|') ? 1 : 0);
  const start = pipes.length ? pipes[pipes.length - 1]! + 1 : 0;
  const from = start + (before.slice(start).length - before.slice(start).trimStart().length);
  return { column: table.columns[index], from };
}

/** Completions in a Measures table row: names in the Measure column, today in the Date column. */
export function tableCompletions(plan: Plan, position: Position, line: string, today: string): TableCompletion[] {
  const table = tableAt(plan, position.line);
  if (!table || position.line <= table.range.start.line + 1 || !line.includes('|')) return [];
  const { column, from } = columnAt(table, line, position.character);
  const range = { start: { line: position.line, character: from }, end: position };
  if (column === 'date') return [{ label: today, detail: 'today', insertText: today, range, sortText: '0' }];
  if (column !== 'measure') return [];
  return MEASURES.filter((m) => m.scored !== false).map((m, i) => ({
    label: m.aliases[0]!,
    detail: m.name,
    documentation: m.scored === false ? m.name : `${m.name}: scores ${m.min}–${m.max}, ${m.improvement} is better.`,
    insertText: m.aliases[0]!,
    range,
    filterText: [...m.aliases, m.name].join(' '),
    sortText: String(i).padStart(3, '0'),
  }));
}

/** The hover on a score: its band, and how its instrument's scores moved as of the latest one. */
export function scoreHover(
  plan: Plan,
  position: Position,
  today: string,
): { contents: string; range: Range } | undefined {
  for (const table of plan.measures) {
    if (position.line < table.range.start.line || position.line > table.range.end.line) continue;
    const row = table.rows.find((r) => r.score && inside(position, r.score.range));
    if (!row?.score) return undefined;
    const score = asScore(readRow(row), today);
    if (!score) return undefined;
    const m = score.measure;
    const band = bandOf(m, score.value);
    const kind = m.bandsAre === 'conventions' ? ' (a common reading, not a published cut-off)' : '';
    const parts = [
      `**${m.aliases[0]} ${score.value}** on ${score.date}${band ? `: ${band.label} (${band.min}–${band.max})${kind}` : ''}.`,
    ];
    const series = seriesOf(plan, today).find((s) => s.measure.id === m.id);
    if (series && series.scores.length > 1) {
      const p = progressOf(series, today);
      const words = outcomeWords(p);
      parts.push(
        `As of the latest ${m.aliases[0]} (${p.latest.date}), since the first (${p.baseline.date}): ${changeText(p)}${words.length ? `; ${words.join(', ')}` : ''}.`,
      );
      const o = p.outcomes;
      const sources = [
        o.response &&
          `Response: a reduction of ${o.response.reduction} % or more${o.response.minBaseline ? ` from a first score of ${o.response.minBaseline} or more` : ''} (${o.response.source}).`,
        o.remission &&
          `${o.remission.term ? o.remission.term[0]!.toUpperCase() + o.remission.term.slice(1) : 'Remission'}: below ${o.remission.below}${o.remission.minBaseline ? `, from a first score of ${o.remission.minBaseline} or more` : ''} (${o.remission.source}).`,
        o.reliable && `Reliable change: ${o.reliable.points} points or more (${o.reliable.source}).`,
      ].filter(Boolean);
      if (sources.length) parts.push(sources.join('  \n'));
      parts.push('Shown here only: nothing of it is written into the plan.');
    }
    return { contents: parts.join('\n\n'), range: row.score.range };
  }
  return undefined;
}
