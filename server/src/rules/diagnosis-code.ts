import type { Rule } from './types';

// ICD-10-CM: a letter (not U), two characters, then a dot and one to four more.
const FORM = /^[A-TV-Z][0-9][0-9AB](?:\.[0-9A-Z]{1,4})?$/;

export const diagnosisCode: Rule = {
  id: 'diagnosis-code',
  description: 'A diagnosis code that is not valid ICD-10-CM, or not a known billable code of the code table.',
  defaultSeverity: 'error',
  check({ plan, library, report }) {
    const codes = library.codes;
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code;
      if (!code) {
        const what = diagnosis.name ? `Diagnosis '${diagnosis.name.value}'` : 'A diagnosis';
        report({
          range: diagnosis.range,
          message: `${what} has no \`code\`: add its ICD-10-CM code, e.g. \`code: F41.1\`.`,
        });
        continue;
      }
      const value = code.value;
      if (FORM.test(value)) {
        if (!codes.covers(value) || codes.title(value) !== undefined) continue;
        const children = codes.childrenOf(value);
        if (children.length > 0) {
          const shown = children.slice(0, 8).join(', ');
          report({
            range: code.range,
            message: `\`${value}\` is a category, not a billable code: use one of its codes (${shown}${children.length > 8 ? `, and ${children.length - 8} more` : ''}).`,
          });
        } else {
          const near = codes.nearest(value);
          report({
            range: code.range,
            message: `\`${value}\` is not an ICD-10-CM code${near.length ? `: did you mean ${near.join(' or ')}?` : '.'}`,
          });
        }
        continue;
      }
      const upper = value.toUpperCase();
      const dotted = /^[A-TV-Z][0-9][0-9AB][0-9A-Z]{1,4}$/.test(upper)
        ? `${upper.slice(0, 3)}.${upper.slice(3)}`
        : undefined;
      let hint = 'ICD-10-CM codes look like F41.1: a letter, two digits, then a dot and up to four more characters';
      if (FORM.test(upper)) hint = `write it in capitals: ${upper}`;
      else if (dotted) hint = `write it with a dot: ${dotted}`;
      report({
        range: code.range,
        message: `\`${value}\` is not an ICD-10-CM code: ${hint}.`,
        ...(FORM.test(upper) || dotted
          ? { fix: { title: `Change to ${dotted ?? upper}`, edits: [{ range: code.range, newText: dotted ?? upper }] } }
          : {}),
      });
    }
  },
};
