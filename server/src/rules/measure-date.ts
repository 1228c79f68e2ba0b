import { ISO_DATE_SHAPE } from '../plan/dates';
import { readings } from '../measures/scores';
import { quote } from '../text/plan-text';
import { defineRule } from './types';

export const measureDate = defineRule({
  id: 'measure-date',
  description: 'A date in `## Measures` that is not a date in YYYY-MM-DD form, not on the calendar, or in the future.',
  defaultSeverity: 'error',
  messages: {
    notADate: '{{text}} is not a date: write it as YYYY-MM-DD.',
    notOnCalendar: '{{text}} is not a day on the calendar.',
    future: 'This score is dated {{date}}, after today ({{today}}): a score is recorded once it is given.',
  },
  check({ plan, today, report }) {
    for (const r of readings(plan)) {
      const cell = r.row.date;
      if (!cell?.text) continue;
      if (!r.date) {
        const shaped = ISO_DATE_SHAPE.test(cell.text);
        report({
          range: cell.range,
          messageId: shaped ? 'notOnCalendar' : 'notADate',
          data: { text: quote(cell.text) },
        });
      } else if (r.date > today) {
        report({ range: cell.range, messageId: 'future', data: { date: r.date, today } });
      }
    }
  },
});
