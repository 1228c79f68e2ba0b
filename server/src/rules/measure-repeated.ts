import { readings } from '../measures/scores';
import { defineRule } from './types';

export const measureRepeated = defineRule({
  id: 'measure-repeated',
  description: 'Two rows of `## Measures` with the same instrument on the same date.',
  defaultSeverity: 'warning',
  messages: {
    repeated: 'This row repeats the {{name}} score of {{date}} on line {{line}}: delete one of them.',
    conflict:
      'A second {{name}} score on {{date}} ({{value}}; line {{line}} has {{first}}): keep the one that was given. Only the first is charted.',
  },
  check({ plan, report }) {
    const first = new Map<string, { line: number; value: string }>();
    for (const r of readings(plan)) {
      if (!r.measure || !r.date) continue;
      const key = `${r.measure.id}\u0000${r.date}`;
      const value = r.row.score?.text ?? '';
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { line: r.row.range.start.line, value });
        continue;
      }
      const data = { name: r.measure.aliases[0]!, date: r.date, line: seen.line + 1 };
      if (seen.value === value) report({ range: r.row.range, messageId: 'repeated', data });
      else report({ range: r.row.range, messageId: 'conflict', data: { ...data, value, first: seen.value } });
    }
  },
});
