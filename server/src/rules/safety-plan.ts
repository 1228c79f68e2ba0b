import type { Plan, Position, Range, Section } from '../plan/model';
import { appendLines, insertFix, quote } from '../text/plan-text';
import type { Fix } from '../base/diagnostic';
import { planRiskSignals, describeSignal, describeSignals, type PlanRiskSignal } from '../text/risk/plan';
import { SAFETY_PARTS, SAFETY_PLAN_LINES, type SafetyPart } from '../text/safety';
import { readSafetyParts, type PartReading } from '../text/safety-parts';
import { meansNamed, readMeans, type Means } from '../text/safety-means';
import { defineRule, type Report } from './types';

// A safety plan is keyed to risk, not to symptom severity: it is required
// when the clinician records `risk: moderate` or `high`, or when the plan
// carries risk signals and records no level at all. A documented `none` or
// `low` next to signals is risk-review's and risk-contradiction's, not this
// rule's. Its parts follow Stanley & Brown (2012), each written with the
// client, so the fix inserts the labels and nothing after them; a part that
// says only "N/A" or "discussed" is as empty as one with no words.

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

const MEANS_EXAMPLE: Readonly<Record<Means, string>> = {
  firearms: 'where the firearms are kept and by whom: locked, stored away from home, or held by someone',
  medication: 'who keeps the medication and how much is at hand: locked, held by someone, dispensed in small amounts',
};

export const safetyPlan = defineRule({
  id: 'safety-plan',
  description:
    'A plan at moderate or high risk, or with risk signals and no `risk:` level, has no complete `## Safety plan`; a part of a safety plan is empty or says only "N/A"; the means the plan names are not made safe.',
  defaultSeverity: 'error',
  appliesWhen:
    '`risk: moderate` or `risk: high`, or risk signals with no `risk:` level (a part left empty: whenever there is a safety plan)',
  fixable: true,
  fixDescription:
    'inserts the missing parts of a safety plan as labels with nothing after them (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines with 988, making the environment safe): before the first problem when there is no safety plan, else at the end of it. What each part says is written with the client, so the plan keeps an error until it is',
  messages: {
    missing:
      'The plan has no `## Safety plan`, and {{why}}: write one with the client (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines, making the environment safe).',
    empty:
      'The safety plan is empty: write it with the client (warning signs, coping strategies, people and places, people to ask for help, professionals and crisis lines, making the environment safe).',
    missingParts: 'The safety plan has no part for {{parts}}: write {{them}} with the client.',
    emptyPart: 'This part of the safety plan ({{part}}) has nothing after its label: write it with the client.',
    fillerPart:
      'This part of the safety plan ({{part}}) says only {{words}}, which tells a reader nothing: write it with the client.',
    meansSafety:
      'The plan names {{means}} ({{where}}) and the safety plan does not say what is done about {{them}}: write the part on making the environment safe with the client ({{example}}).',
    meansKept:
      'The safety plan leaves the {{means}} within reach ({{words}}): making the environment safe is an action on them, agreed with the client ({{example}}).',
  },
  check({ plan, library, today, report }) {
    const risk = plan.meta.risk?.value;
    const signals = plan.frontmatter?.ok ? planRiskSignals(plan, library, today) : [];
    const undocumented = !risk && !plan.typeFindings.some((f) => f.key === 'risk') && signals.length > 0;
    const required = risk === 'moderate' || risk === 'high' || undocumented;
    const section = plan.safetyPlan;

    if (!section) {
      if (!required) return;
      const why = risk ? `it records 'risk: ${risk}'` : describeSignals(signals);
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

    const readings = readSafetyParts(plan, section);
    const found = new Map<SafetyPart['id'], PartReading[]>();
    for (const r of readings) if (r.part) found.set(r.part.id, [...(found.get(r.part.id) ?? []), r]);
    const parts: Parts = { plan, section, readings, found, report };
    const meansUnanswered = checkMeans(parts, signals, required);
    checkPartsWritten(parts, meansUnanswered);
    if (required) checkPartsPresent(parts, meansUnanswered);
  },
});

type SafetyMessage = 'missing' | 'empty' | 'missingParts' | 'emptyPart' | 'fillerPart' | 'meansSafety' | 'meansKept';

/** A safety plan's parts as read, by part, and where to report. */
interface Parts {
  readonly plan: Plan;
  readonly section: Section;
  readonly readings: readonly PartReading[];
  readonly found: ReadonlyMap<SafetyPart['id'], readonly PartReading[]>;
  readonly report: (report: Report<SafetyMessage>) => void;
}

const filled = (found: Parts['found'], id: SafetyPart['id']) => found.get(id)?.some((r) => r.filled) ?? false;

/**
 * The means the plan names, and what the environment part does about them:
 * said at the mention, where it is read. Whether a means is unanswered for
 * want of the environment part itself (then that part is reported once).
 */
function checkMeans(parts: Parts, signals: readonly PlanRiskSignal[], required: boolean): boolean {
  const { plan, section, readings, found, report } = parts;
  const environment = (found.get('environment') ?? [])
    .filter((r) => r.filled)
    .map((r) => r.content)
    .join('\n');
  const sectionText = readings.map((r) => r.content).join('\n');
  let meansUnanswered = false;
  if (!required && !filled(found, 'environment')) return false;
  for (const [means, signal] of meansNamed(signals, sectionText)) {
    const { answer, words } = readMeans(means, environment);
    if (answer === 'addressed') continue;
    const envPart = found.get('environment')?.find((r) => r.filled);
    if (answer === 'kept' && envPart) {
      report({
        range: envPart.entry.range,
        messageId: 'meansKept',
        data: { means, words: quote(words, 120), example: MEANS_EXAMPLE[means] },
      });
      continue;
    }
    if (!required) continue;
    meansUnanswered ||= !filled(found, 'environment');
    report({
      range: signal?.range ?? envPart?.entry.range ?? section.heading.range,
      messageId: 'meansSafety',
      data: {
        means,
        them: means === 'firearms' ? 'them' : 'it',
        where: signal ? describeSignal(signal) : 'in the safety plan',
        example: MEANS_EXAMPLE[means],
      },
      ...(found.has('environment')
        ? {}
        : addParts(
            plan,
            section,
            'Add the part on making the environment safe',
            SAFETY_PARTS.filter((p) => p.id === 'environment'),
          )),
    });
  }
  return meansUnanswered;
}

/** A part the plan labels and leaves empty, or fills with words that say nothing. */
function checkPartsWritten({ found, report }: Parts, meansUnanswered: boolean): void {
  for (const [id, entries] of found) {
    if (id === 'environment' && meansUnanswered) continue;
    if (entries.some((r) => r.filled)) continue;
    for (const r of entries) {
      if (!r.entry.labelled) continue;
      const part = r.part!.name;
      if (r.content.trim() === '') report({ range: r.entry.range, messageId: 'emptyPart', data: { part } });
      else report({ range: r.entry.range, messageId: 'fillerPart', data: { part, words: quote(r.content) } });
    }
  }
}

/** The parts a required safety plan does not have at all. */
function checkPartsPresent({ plan, section, found, report }: Parts, meansUnanswered: boolean): void {
  const missing = SAFETY_PARTS.filter((p) => !found.has(p.id) && !(p.id === 'environment' && meansUnanswered));
  if (missing.length === 0) return;
  report({
    range: section.heading.range,
    messageId: 'missingParts',
    data: { parts: names(missing), them: missing.length === 1 ? 'it' : 'them' },
    ...addParts(plan, section, 'Add the missing parts', missing),
  });
}
