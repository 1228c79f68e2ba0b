import { measureNames, readings } from '../measures/scores';
import { nearest } from '../base/nearest';
import { quote } from '../text/plan-text';
import { defineRule } from './types';

export const measureUnknown = defineRule({
  id: 'measure-unknown',
  description:
    'A row of `## Measures` naming an instrument the library does not know, or one read by its answers that has no total score.',
  defaultSeverity: 'warning',
  messages: {
    unknown:
      '{{name}} is not an instrument the library knows{{suggestion}}: its scores are not charted or compared with targets. Write the name as the library does (PHQ-9, GAD-7, PCL-5, …).',
    notScored:
      'The {{name}} is read by its answers, not a total score: its rows are not charted or compared with targets. Record what was found in the Note column.',
  },
  check({ plan, report }) {
    let names: string[] | undefined;
    for (const r of readings(plan)) {
      const cell = r.row.measure;
      if (!cell?.text) continue;
      if (!r.measure) {
        const near = nearest(cell.text, (names ??= measureNames()), 2);
        report({
          range: cell.range,
          messageId: 'unknown',
          data: { name: quote(cell.text), suggestion: near ? ` (did you mean ${near}?)` : '' },
        });
      } else if (r.measure.scored === false && r.row.score?.text) {
        report({ range: r.row.score.range, messageId: 'notScored', data: { name: r.measure.aliases[0]! } });
      }
    }
  },
});
