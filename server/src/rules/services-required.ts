import type { Rule } from './types';

const FIELDS = ['modality', 'frequency', 'duration'] as const;

export const servicesRequired: Rule = {
  id: 'services-required',
  description: 'No `services` (modality, frequency, duration) where the style or payer calls for them.',
  defaultSeverity: 'error',
  appliesWhen: '`style: formal` or `payer: insurance`',
  applies: (plan) => plan.meta.style?.value === 'formal' || plan.meta.payer?.value === 'insurance',
  check({ plan, report }) {
    const { services, payer, style } = plan.meta;
    if (plan.typeProblems.some((p) => p.key === 'services')) return;
    if (!services || services.value.length === 0) {
      const why = payer?.value === 'insurance' ? 'Insurance-billed plans' : 'Formal plans';
      const range =
        services?.range ?? (payer?.value === 'insurance' ? payer.range : style?.range) ?? plan.frontmatter?.openRange;
      if (!range) return;
      report({
        range,
        message: `${why} list the care given: add \`services\` with each service's modality, frequency and duration.`,
      });
      return;
    }
    for (const service of services.value) {
      const missing = FIELDS.filter((f) => !service[f]);
      if (missing.length === 0) continue;
      const name = service.modality ? `Service '${service.modality.value}'` : 'A service';
      report({
        range: service.range,
        message: `${name} has no ${missing.map((m) => `\`${m}\``).join(' or ')}: say what care is given, how often and for how long.`,
      });
    }
  },
};
