import { readRow } from '../measures/scores';
import { REQUIRED_COLUMNS } from '../plan/measures';
import { quote } from '../text/plan-text';
import { defineRule } from './types';

const NAMES = { date: 'Date', measure: 'Measure', score: 'Score' } as const;

export const measuresTable = defineRule({
  id: 'measures-table',
  description:
    "A table in `## Measures` whose header lacks Date, Measure or Score, a row without one of them, or cells past the header's columns.",
  defaultSeverity: 'error',
  messages: {
    missingColumns:
      'This table has no {{columns}} column, so its rows cannot be read as scores: head it `| Date | Measure | Score |` (a Note column may follow).',
    missingCell: 'This row has no {{column}}: a score is recorded with its date, its measure and the score.',
    extraCells:
      "{{text}} stands past the table's last column, where Markdown viewers do not show it: add a column to the header, or move the words into a Note column.",
  },
  check({ plan, report }) {
    for (const table of plan.measures) {
      if (table.missing.length > 0) {
        const names = table.missing.map((c) => NAMES[c as keyof typeof NAMES] ?? c);
        const columns = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
        report({ range: table.header, messageId: 'missingColumns', data: { columns } });
        continue;
      }
      for (const row of table.rows) {
        // An instrument read by its answers (the C-SSRS) has no score to record.
        const unscored = readRow(row).measure?.scored === false;
        const absent = REQUIRED_COLUMNS.find((c) => !row[c]?.text && !(c === 'score' && unscored));
        if (absent) report({ range: row.range, messageId: 'missingCell', data: { column: NAMES[absent] } });
        if (row.extra)
          report({ range: row.extra.range, messageId: 'extraCells', data: { text: quote(row.extra.text) } });
      }
    }
  },
});
