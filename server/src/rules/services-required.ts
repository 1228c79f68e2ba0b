import { defineRule } from './types';

const FIELDS = ['modality', 'frequency', 'duration'] as const;

export const servicesRequired = defineRule({
  id: 'services-required',
  description: 'No `services` (modality, frequency, duration) where the style or payer calls for them.',
  defaultSeverity: 'error',
  appliesWhen: '`style: formal` or `payer: insurance`',
  applies: (plan) => plan.meta.style?.value === 'formal' || plan.meta.payer?.value === 'insurance',
  messages: {
    missing: "{{who}} list the care given: add `services` with each service's modality, frequency and duration.",
    incomplete: '{{service}} has no {{fields}}: say what care is given, how often and for how long.',
  },
  check({ plan, requirements, report }) {
    const { services, payer, style } = plan.meta;
    // The fields asked for: all three by the plan's style or payer, else those the sets' sources name.
    const profile = style?.value === 'formal' || payer?.value === 'insurance';
    const asked = requirements.flatMap((set) =>
      set.requirements.filter((r) => r.rule === 'services-required').flatMap((r) => r.fields ?? FIELDS),
    );
    const needed = profile || asked.length === 0 ? FIELDS : FIELDS.filter((f) => asked.includes(f));
    if (plan.typeFindings.some((p) => p.key === 'services')) return;
    if (!services || services.value.length === 0) {
      const who =
        payer?.value === 'insurance'
          ? 'Insurance-billed plans'
          : style?.value === 'formal'
            ? 'Formal plans'
            : `Plans held to the ${requirements.map((r) => r.name).join(' and ')} requirements`;
      const range =
        services?.range ??
        (payer?.value === 'insurance' ? payer.range : style?.value === 'formal' ? style.range : undefined) ??
        plan.meta.requirements?.range ??
        plan.frontmatter?.openRange;
      if (!range) return;
      report({ range, messageId: 'missing', data: { who } });
      return;
    }
    for (const service of services.value) {
      const missing = needed.filter((f) => !service[f]);
      if (missing.length === 0) continue;
      report({
        range: service.range,
        messageId: 'incomplete',
        data: {
          service: service.modality ? `Service '${service.modality.value}'` : 'A service',
          fields: missing.map((m) => `'${m}'`).join(' or '),
        },
      });
    }
  },
});
