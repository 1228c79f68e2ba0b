import { defineRule } from './types';

export const frontmatterType = defineRule({
  id: 'frontmatter-type',
  description: 'A frontmatter value has the wrong type, enum value or date form.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    'writes a value that is one of the allowed ones but for its case in the case the format uses (`severity: Moderate` becomes `severity: moderate`)',
  messages: {
    wrongType: '`{{key}}` should be {{expected}}.',
    notCalendarDate: '`{{key}}` is not a date on the calendar: {{value}}.',
    notDate: '`{{key}}` should be a date written YYYY-MM-DD, like 2026-11-02.',
    notOneOf: '`{{key}}` should be {{expected}}, not `{{value}}`.',
    notList: '`{{key}}` should be a list, each item starting with `- ` on its own line.',
    itemNotMapping: 'Each item of `{{key}}` should be `key: value` lines: {{fields}}.',
  },
  check({ plan, report }) {
    for (const finding of plan.typeFindings) {
      // A placeholder left where a value goes is reported by the `placeholder` rule.
      if (finding.messageId === 'placeholder') continue;
      const cased = finding.messageId === 'notOneOf' ? finding.data.cased : undefined;
      report({
        range: finding.range,
        messageId: finding.messageId,
        data: finding.data,
        ...(cased ? { fix: { title: `Change to ${cased}`, edits: [{ range: finding.range, newText: cased }] } } : {}),
      });
    }
  },
});
