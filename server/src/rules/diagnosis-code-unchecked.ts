import { isPlaceholder } from '../base/placeholders';
import { CODE_FORM } from './diagnosis-code';
import { defineRule } from './types';

// A well-formed code the table cannot vouch for: of a letter it holds only in
// part (the built-in table is complete for chapter F alone). Not an error, but
// not a check either, and a clean result should not pretend it was.
export const diagnosisCodeUnchecked = defineRule({
  id: 'diagnosis-code-unchecked',
  description:
    'A diagnosis code of a letter the code table holds only in part, not in the table: it could not be checked.',
  defaultSeverity: 'information',
  messages: {
    unchecked:
      '`{{code}}` is not in the built-in code table, which holds chapter F whole and a selection of other codes: it could not be checked. Configure `icd10cm:` in .planrc.yaml with the official code file to check it.',
  },
  check({ plan, library, report }) {
    const codes = library.codes;
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code;
      if (!code || isPlaceholder(code.value) || !CODE_FORM.test(code.value)) continue;
      if (codes.covers(code.value) || codes.title(code.value) !== undefined) continue;
      if (codes.childrenOf(code.value).length > 0) continue;
      report({ range: code.range, messageId: 'unchecked', data: { code: code.value } });
    }
  },
});
