import { isPlaceholder } from '../base/placeholders';
import { CODE_FORM } from './diagnosis-code';
import { defineRule } from './types';

// ICD-10-CM's block Z00–Z13, "Persons encountering health services for
// examinations": codes for why a person without a complaint or a diagnosis
// was examined, screened or observed (the tabular list's note on Z13:
// screening is the testing for disease in asymptomatic individuals). On a
// claim they give the reason for one encounter; as a plan's diagnosis they
// say a screen or an examination was done, not what the plan treats.
const ENCOUNTER: ReadonlyArray<{ re: RegExp; what: string }> = [
  { re: /^Z1[123]/, what: 'an encounter for screening: it says a screen was done' },
  { re: /^Z0[0-2]/, what: 'an encounter for an examination without complaint: it says an examination was done' },
  { re: /^Z03/, what: 'an encounter for observation of a suspected condition that was ruled out' },
  { re: /^Z04/, what: 'an encounter for examination for another reason: it says an examination was done' },
  { re: /^Z0[89]/, what: 'an encounter for a follow-up examination after treatment was completed' },
];

export const diagnosisEncounterCode = defineRule({
  id: 'diagnosis-encounter-code',
  description:
    "A diagnosis coded with an encounter-only code of ICD-10-CM's Z00–Z13 block (screening, examination, observation): the reason for one encounter, not a condition a plan treats.",
  defaultSeverity: 'warning',
  messages: {
    encounter:
      '{{code}} is {{what}}, not a condition the plan treats (ICD-10-CM Z00-Z13, persons encountering health services for examinations). Code what the screen or examination found, or the circumstances the plan works on (Z55-Z65).',
  },
  check({ plan, report }) {
    for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
      const code = diagnosis.code;
      if (!code || isPlaceholder(code.value) || !CODE_FORM.test(code.value)) continue;
      const kind = ENCOUNTER.find((k) => k.re.test(code.value));
      if (kind) report({ range: code.range, messageId: 'encounter', data: { code: code.value, what: kind.what } });
    }
  },
});
