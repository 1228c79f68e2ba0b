// Hovers: a problem's module, an ICD-10-CM code's title, a measure's range and
// bands, and what a diagnostic's rule checks and why.

import type { Library } from '../library/library';
import { findMeasures, type Measure } from '../library/measures';
import type { Plan, Position, Range } from '../plan/model';
import { comparePositions } from '../plan/model';
import { ruleById } from '../rules';
import type { Diagnostic } from '../base/diagnostic';
import { CATEGORY_NAMES } from '../text/risk/categories';
import { planRiskSignals, type PlanRiskSignal } from '../text/risk/plan';
import { quote } from '../text/plan-text';
import { scoreHover } from './measuresTable';

export interface Hover {
  /** Markdown. */
  contents: string;
  range?: Range;
}

const inside = (p: Position, r: Range) => comparePositions(p, r.start) >= 0 && comparePositions(p, r.end) <= 0;

export function hover(
  plan: Plan,
  position: Position,
  line: string,
  library: Library,
  diagnostics: readonly Diagnostic[] = [],
  docsUrl: (rule: string) => string = () => '',
  today?: string,
): Hover | undefined {
  const parts: string[] = [];
  let range: Range | undefined;

  // The `risk:` key: every signal the plan carries, with what was read, so the level is set knowing them.
  const riskEntry = plan.frontmatter?.entries.find((e) => e.key === 'risk' && inside(position, e.range));
  if (riskEntry && today) {
    parts.push(riskHover(planRiskSignals(plan, library, today)));
    range ??= riskEntry.range;
  }

  for (const d of diagnostics) {
    if (!inside(position, d.range)) continue;
    const rule = ruleById(d.rule);
    if (!rule) continue;
    const url = docsUrl(d.rule);
    parts.push(
      `**${d.rule}** (${d.severity}): ${rule.description}${rule.appliesWhen ? ` Applies when ${rule.appliesWhen}.` : ''}${url ? ` [Read more](${url})` : ''}`,
    );
    range ??= d.range;
  }

  const problem = plan.problems.find((p) => p.heading.range.start.line === position.line);
  if (problem) {
    const m = library.moduleFor(problem);
    if (m) {
      const codes = m.diagnoses.map((c) => `\`${c}\` ${library.codes.title(c) ?? ''}`.trim()).join('  \n');
      parts.push(`**${m.name}** (module \`${m.id}\`)\n\n${m.summary}\n\nLikely codes:  \n${codes}`);
      range ??= problem.heading.textRange;
    }
  }

  for (const diagnosis of plan.meta.diagnoses?.value ?? []) {
    if (diagnosis.code && inside(position, diagnosis.code.range)) {
      const code = diagnosis.code.value;
      const title = library.codes.title(code);
      parts.push(title ? `**${code}** ${title}` : `\`${code}\` is not a billable code of the ICD-10-CM table.`);
      range ??= diagnosis.code.range;
    }
  }

  for (const found of findMeasures(line)) {
    if (position.character < found.index || position.character > found.index + found.length) continue;
    parts.push(measureHover(found.measure));
    range ??= {
      start: { line: position.line, character: found.index },
      end: { line: position.line, character: found.index + found.length },
    };
  }

  const score = today ? scoreHover(plan, position, today) : undefined;
  if (score) {
    parts.push(score.contents);
    range ??= score.range;
  }

  if (parts.length === 0) return undefined;
  return range ? { contents: parts.join('\n\n---\n\n'), range } : { contents: parts.join('\n\n---\n\n') };
}

/** What a hover says of a measure: range, direction, bands and what they are, the note, the source. */
export function measureHover(m: Measure): string {
  const scale =
    m.scored === false ? 'Read by its answers, not a total.' : `Scores ${m.min}–${m.max}; ${m.improvement} is better.`;
  const bands = m.bands.map((b) => `${b.min}–${b.max} ${b.label}`).join('  \n');
  const kind = m.bandsAre === 'conventions' ? ' (a common reading of the scores, not published cut-offs)' : '';
  return [
    `**${m.aliases[0]}**: ${m.name}. ${scale}`,
    ...(bands ? [`Bands${kind}:  \n${bands}`] : []),
    ...(m.note ? [m.note] : []),
    `Source: ${m.source}.`,
  ].join('\n\n');
}

/** What a hover on `risk:` says: the signals the plan carries, each with its line and words; the level stays the clinician's. */
const HOVER_SIGNALS = 20;

function riskHover(signals: readonly PlanRiskSignal[]): string {
  if (signals.length === 0)
    return '**Risk signals**: none read in this plan (its words, diagnosis codes and problem modules). The level is yours to assess.';
  // A hover is read at a glance: the first signals, and how many more.
  const lines = signals.slice(0, HOVER_SIGNALS).map((s) => {
    const what =
      s.source === 'code' ? `code ${s.words}` : s.source === 'module' ? `problem ${quote(s.words)}` : quote(s.words);
    return `- line ${s.range.start.line + 1}: ${what}, ${CATEGORY_NAMES[s.category]}${s.past ? ' (history)' : ''}`;
  });
  const more = signals.length - lines.length;
  if (more > 0) lines.push(`- and ${more} more, not listed here`);
  return `**Risk signals** read in this plan (${signals.length}); the level is yours to assess:\n\n${lines.join('\n')}`;
}
