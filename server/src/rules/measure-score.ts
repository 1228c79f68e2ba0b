import { readings } from '../measures/scores';
import { quote } from '../text/plan-text';
import { defineRule } from './types';

export const measureScore = defineRule({
  id: 'measure-score',
  description: 'A score in `## Measures` that is not a number, or outside the range its instrument scores.',
  defaultSeverity: 'error',
  messages: {
    notAScore: '{{text}} is not a score: write the {{name}} total as a number, and any words in the Note column.',
    outOfRange: 'A {{name}} score of {{value}} cannot be: the {{name}} scores from {{min}} to {{max}}.',
  },
  check({ plan, report }) {
    for (const r of readings(plan)) {
      const cell = r.row.score;
      if (!cell?.text || r.measure?.scored === false) continue;
      const name = r.measure?.aliases[0] ?? 'instrument';
      if (r.value === undefined) {
        report({ range: cell.range, messageId: 'notAScore', data: { text: quote(cell.text), name } });
      } else if (r.measure && (r.value < r.measure.min || r.value > r.measure.max)) {
        report({
          range: cell.range,
          messageId: 'outOfRange',
          data: { name, value: cell.text, min: r.measure.min, max: r.measure.max },
        });
      }
    }
  },
});
