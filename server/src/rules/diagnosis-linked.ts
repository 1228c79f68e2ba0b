import { normalizeName } from '../library/library';
import { quote } from '../text/plan-text';
import { defineRule } from './types';

export const diagnosisLinked = defineRule({
  id: 'diagnosis-linked',
  description:
    'A problem no diagnosis is linked to, or a diagnosis linked to a problem the plan does not have (`diagnoses[].problems`), where a requirement set asks for the link.',
  defaultSeverity: 'error',
  optIn: true,
  appliesWhen: 'a requirement set asks for it (`recommended`)',
  messages: {
    unlinked:
      'No diagnosis is linked to the problem {{problem}}: add its name to the `problems` of the diagnosis it addresses, so a reviewer sees why the care is needed.',
    unknown:
      'The diagnosis {{code}} is linked to {{problem}}, which is not a problem of this plan (a `## Problem:` heading).',
  },
  check({ plan, report }) {
    const diagnoses = plan.meta.diagnoses?.value ?? [];
    const names = new Map(plan.problems.map((p) => [normalizeName(p.name), p]));
    const linked = new Set<string>();
    for (const d of diagnoses)
      for (const name of d.problems?.value ?? []) {
        const key = normalizeName(name.value);
        if (names.has(key)) linked.add(key);
        else
          report({
            range: name.range,
            messageId: 'unknown',
            data: { code: d.code?.value ?? '(no code)', problem: quote(name.value) },
          });
      }
    for (const p of plan.problems)
      if (p.name && !linked.has(normalizeName(p.name)))
        report({ range: p.heading.textRange, messageId: 'unlinked', data: { problem: quote(p.name) } });
  },
});
