import type { Plan, Position, Range, Section, SectionEntry } from '../plan/model';
import { appendLines, insertFix } from '../text/plan-text';
import type { Fix } from '../lint/diagnostic';
import { MEANS_KINDS, planRiskSignals, signalKinds } from '../text/risk';
import { SAFETY_PARTS, SAFETY_PLAN_LINES, safetyPartOf, type SafetyPart } from '../text/safety';
import { defineRule } from './types';

// A safety plan is keyed to risk, not to symptom severity: it is required
// when the clinician records `risk: moderate` or `high`, or when the plan
// carries risk signals and records no level at all. A documented `none` or
// `low` next to signals is risk-review's warning, not an error here.
// Its parts follow Stanley & Brown (2012); each is written with the client,
// so the fix inserts the labels and nothing after them.

const names = (parts: readonly SafetyPart[]) => {
  const n = parts.map((p) => p.name);
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
};

/** A fix that adds parts at the end of the safety plan, as items or as `###` sub-headings, the way the section is written. */
function addParts(plan: Plan, section: Section, title: string, parts: readonly SafetyPart[]): { fix?: Fix } {
  const headings = section.entries.some((e) => e.kind === 'heading');
  const lines = headings
    ? parts.map((p) => `### ${p.line.replace(/^- /, '').replace(/:.*$/, '')}`)
    : parts.map((p) => p.line);
  const edit = appendLines(plan, section, lines, headings);
  return edit ? { fix: { title, edits: [edit] } } : {};
}

export const safetyPlan = defineRule({
  id: 'safety-plan',
  description:
    'A plan at moderate or high risk, or with risk signals and no `risk:` level, has no complete `## Safety plan`; a part of a safety plan is left empty.',
  defaultSeverity: 'error',
  appliesWhen:
    '`risk: moderate` or `risk: high`, or risk signals with no `risk:` level (a part left empty: whenever there is a safety plan)',
  fixable: true,
  fixDescription:
    'inserts the missing parts of a safety plan as labels with nothing after them (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines with 988, making the environment safe): before the first problem when there is no safety plan, else at the end of it. What each part says is written with the client, so the plan keeps an error until it is',
  messages: {
    missing:
      'The plan {{why}} and has no `## Safety plan`: write one with the client (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines, making the environment safe).',
    empty:
      'The safety plan is empty: write it with the client (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines, making the environment safe).',
    missingParts: 'The safety plan has no part for {{parts}}: write {{them}} with the client.',
    emptyPart: 'This part of the safety plan ({{part}}) has nothing after its label: write it with the client.',
    meansSafety:
      'The plan mentions {{kind}} and the safety plan does not say how the environment is made safe: write that part with the client (for example where firearms or medication are kept, and by whom).',
  },
  check({ plan, library, report }) {
    const risk = plan.meta.risk?.value;
    const signals = plan.frontmatter?.ok ? planRiskSignals(plan, library) : [];
    const undocumented = !risk && !plan.typeFindings.some((f) => f.key === 'risk') && signals.length > 0;
    const required = risk === 'moderate' || risk === 'high' || undocumented;
    const section = plan.safetyPlan;

    if (!section) {
      if (!required) return;
      const why = risk
        ? `records 'risk: ${risk}'`
        : `mentions ${signalKinds(signals)} (line ${(signals[0]?.range.start.line ?? 0) + 1})`;
      const range: Range =
        plan.meta.risk?.range ?? signals[0]?.range ?? plan.frontmatter?.openRange ?? plan.headings[0]!.range;
      // Before the first problem, where it is read first; else at the end.
      const at: Position = plan.problems[0]?.heading.range.start ?? plan.end;
      report({
        range,
        messageId: 'missing',
        data: { why },
        ...insertFix(plan, 'Add a safety plan outline', at, ['## Safety plan', '', ...SAFETY_PLAN_LINES]),
      });
      return;
    }

    if (!section.hasContent) {
      report({
        range: section.heading.range,
        messageId: 'empty',
        ...insertFix(plan, 'Add a safety plan outline', section.end, SAFETY_PLAN_LINES),
      });
      return;
    }

    const found = new Map<SafetyPart['id'], SectionEntry[]>();
    for (const entry of section.entries) {
      const part = safetyPartOf(entry.label);
      if (part) found.set(part.id, [...(found.get(part.id) ?? []), entry]);
    }
    const filled = (id: SafetyPart['id']) => found.get(id)?.some((e) => e.filled) ?? false;

    // Access to means with no filled-in environment part: said at the mention, where it is read.
    const means = required ? signals.find((s) => MEANS_KINDS.includes(s.kind)) : undefined;
    const meansUnanswered = !!means && !filled('environment');
    if (means && meansUnanswered) {
      const environment = SAFETY_PARTS.filter((p) => p.id === 'environment');
      report({
        range: means.range,
        messageId: 'meansSafety',
        data: { kind: means.kind },
        ...(found.has('environment')
          ? {}
          : addParts(plan, section, 'Add the part on making the environment safe', environment)),
      });
    }

    for (const [id, entries] of found) {
      if (id === 'environment' && meansUnanswered) continue;
      if (entries.some((e) => e.filled)) continue;
      for (const entry of entries)
        if (entry.labelled)
          report({ range: entry.range, messageId: 'emptyPart', data: { part: safetyPartOf(entry.label)!.name } });
    }

    if (!required) return;
    const missing = SAFETY_PARTS.filter((p) => !found.has(p.id) && !(p.id === 'environment' && meansUnanswered));
    if (missing.length === 0) return;
    report({
      range: section.heading.range,
      messageId: 'missingParts',
      data: { parts: names(missing), them: missing.length === 1 ? 'it' : 'them' },
      ...addParts(plan, section, 'Add the missing parts', missing),
    });
  },
});
