import { isPlaceholder } from '../base/placeholders';
import { defineRule } from './types';

// ICD-10-CM: a letter, a digit, a digit or letter (C4A, Z3A), then a dot and one to four more.
export const CODE_FORM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
const FORM = CODE_FORM;
const UNDOTTED = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{1,4}$/;

/** Up to eight codes, and how many more. */
function listed(codes: readonly string[]): string {
  const more = codes.length > 8 ? `, and ${codes.length - 8} more` : '';
  return `${codes.slice(0, 8).join(', ')}${more}`;
}

/** An injury code (S, T) with only 7-character codes under it lacks the encounter. */
function lacksSeventh(code: string, children: readonly string[]): boolean {
  return /^[ST]/.test(code) && children.every((c) => c.replace('.', '').length === 7);
}

export const diagnosisCode = defineRule({
  id: 'diagnosis-code',
  description:
    'A diagnosis with no code, a code that is not written as ICD-10-CM, or one that is not a billable code of the code table.',
  defaultSeverity: 'error',
  fixable: true,
  fixDescription:
    'writes the code with its dot and in capitals when it is otherwise right: only when the code so written is in the code table',
  messages: {
    noCode: "Diagnosis '{{name}}' has no `code`: add its ICD-10-CM code, e.g. `code: F41.1`.",
    noCodeNoName: 'A diagnosis has no `code`: add its ICD-10-CM code, e.g. `code: F41.1`.',
    category: '`{{code}}` is a category, not a billable code: use one of its codes ({{children}}).',
    seventh:
      '`{{code}}` needs its 7th character, for the encounter: {{children}} (A initial encounter, D subsequent encounter, S sequela).',
    unknown: '`{{code}}` is not an ICD-10-CM code: did you mean {{near}}?',
    unknownNoNear: '`{{code}}` is not an ICD-10-CM code.',
    capitals: '`{{code}}` is not an ICD-10-CM code: write it in capitals: {{fixed}}.',
    dot: '`{{code}}` is not an ICD-10-CM code: write it with a dot: {{fixed}}.',
    unknownForm:
      '`{{code}}` is not an ICD-10-CM code, and no code of the table is written so (in capitals, with a dot after the third character): did you mean {{near}}?',
    formUnchecked:
      '`{{code}}` is not written as ICD-10-CM: capitals, and a dot after the third character. It is not in the built-in code table either, so it could not be checked: write it as the code file does.',
    form: '`{{code}}` is not an ICD-10-CM code: ICD-10-CM codes look like F41.1: a letter, two digits, then a dot and up to four more characters.',
  },
  check({ plan, library, report }) {
    const codes = library.codes;
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code;
      if (!code) {
        const name = diagnosis.name?.value;
        report(
          name
            ? { range: diagnosis.range, messageId: 'noCode', data: { name } }
            : { range: diagnosis.range, messageId: 'noCodeNoName' },
        );
        continue;
      }
      const value = code.value;
      if (isPlaceholder(value)) continue; // the `placeholder` rule reports it
      if (FORM.test(value)) {
        if (codes.title(value) !== undefined) continue;
        // A category is not billable, whatever its letter, when the table holds codes under it.
        const children = codes.childrenOf(value);
        if (children.length > 0) {
          report({
            range: code.range,
            messageId: lacksSeventh(value, children) ? 'seventh' : 'category',
            data: { code: value, children: listed(children) },
          });
        } else if (codes.covers(value)) {
          const near = codes.nearest(value);
          report(
            near.length
              ? { range: code.range, messageId: 'unknown', data: { code: value, near: near.join(' or ') } }
              : { range: code.range, messageId: 'unknownNoNear', data: { code: value } },
          );
        }
        // A code of a letter the table holds only in part: diagnosis-code-unchecked says so.
        continue;
      }
      // Right but for its capitals or its dot: the fix writes it as ICD-10-CM
      // does, only when that is a code of the table. A code is never suggested
      // that the table does not hold ("F4110" is not "F41.10").
      const upper = value.toUpperCase();
      const fixed = FORM.test(upper)
        ? upper
        : UNDOTTED.test(upper)
          ? `${upper.slice(0, 3)}.${upper.slice(3)}`
          : undefined;
      if (!fixed) {
        report({ range: code.range, messageId: 'form', data: { code: value } });
        continue;
      }
      if (codes.title(fixed) !== undefined) {
        report({
          range: code.range,
          messageId: FORM.test(upper) ? 'capitals' : 'dot',
          data: { code: value, fixed },
          fix: { title: `Change to ${fixed}`, edits: [{ range: code.range, newText: fixed }] },
        });
        continue;
      }
      const children = codes.childrenOf(fixed);
      if (children.length > 0) {
        report({
          range: code.range,
          messageId: lacksSeventh(fixed, children) ? 'seventh' : 'category',
          data: { code: value, children: listed(children) },
        });
        continue;
      }
      const near = codes.covers(fixed) ? codes.nearest(fixed) : [];
      report(
        near.length
          ? { range: code.range, messageId: 'unknownForm', data: { code: value, near: near.join(' or ') } }
          : { range: code.range, messageId: 'formUnchecked', data: { code: value } },
      );
    }
  },
});
