// Edits behind the editor's commands: a new plan from modules, a revision
// entry, marking a step met or open. Each returns text or text edits; the
// editor applies them.

import type { Library, Module } from '../library/library';
import { addDays } from '../plan/dates';
import type { Payer, Plan, Severity, Style } from '../plan/model';
import type { TextEdit } from '../plan/model';
import { SAFETY_PLAN_LINES } from '../rules/safety-plan';
import { DEFAULT_REVIEW_INTERVAL_DAYS } from '../config/config';
import { linesOf } from '../text/plan-text';
import { goalHeading, stepText } from './snippets';

export interface NewPlanOptions {
  modules: readonly Module[];
  style: Style;
  payer?: Payer;
  severity: Severity;
  today: string;
  reviewIntervalDays?: Record<Severity, number>;
}

/**
 * A new plan skeleton that lints clean: the chosen modules' first goal, three
 * steps (dated at the review interval) and two methods each, and whatever the
 * style, payer and severity call for. Placeholders in parentheses are the
 * clinician's to replace.
 */
export function newPlanText(options: NewPlanOptions, library: Library): string {
  const days = (options.reviewIntervalDays ?? DEFAULT_REVIEW_INTERVAL_DAYS)[options.severity];
  const review = addDays(options.today, days);
  const formal = options.style === 'formal';
  const insurance = options.payer === 'insurance';
  const lines = [
    '---',
    'type: treatment-plan',
    'client: (initials or pseudonym)',
    'clinician: (your name, credential)',
    `created: ${options.today}`,
    `review: ${review}`,
    'status: active',
    `style: ${options.style}`,
    `severity: ${options.severity}`,
  ];
  if (options.payer) lines.push(`payer: ${options.payer}`);
  if (insurance) {
    lines.push('diagnoses:');
    for (const m of options.modules.length ? options.modules : []) {
      const code = m.diagnoses[0];
      if (!code) continue;
      lines.push(
        `  - code: ${code}`,
        `    name: ${library.codes.title(code) ?? '(diagnosis name)'}`,
        '    basis: (how it was reached - measures, symptoms and how long, history)',
        `    reviewed: ${options.today}`,
      );
    }
  }
  if (formal || insurance)
    lines.push('services:', '  - modality: individual psychotherapy', '    frequency: weekly', '    duration: 50 min');
  lines.push('---', '', '# Treatment plan', '');
  if (options.severity === 'severe') lines.push('## Safety plan', '', ...SAFETY_PLAN_LINES, '');
  const modules = options.modules.length ? options.modules : [];
  for (const m of modules) {
    lines.push(
      `## Problem: ${m.name}`,
      '',
      '(How the problem shows up for this client.)',
      '',
      `### Goal: ${goalHeading(m.goals[0] ?? '')}`,
      '',
      '#### Steps',
      '',
    );
    for (const s of m.steps.slice(0, 3)) lines.push(`- [ ] ${stepText(s)}, by ${review}`);
    lines.push('', '#### Methods', '', ...m.methods.slice(0, 2).map((x) => `- ${x}`), '');
  }
  if (modules.length === 0) {
    lines.push(
      '## Problem: (problem)',
      '',
      '### Goal: (what the client wants to reach)',
      '',
      '#### Steps',
      '',
      `- [ ] (what the client will do, 3 times a week), by ${review}`,
      '',
      '#### Methods',
      '',
      '- (a therapy method)',
      '',
    );
  }
  return lines.join('\n');
}

/** Adds a revision entry (oldest first, so at the end of the list) and sets `updated` to the day. */
export function addRevision(plan: Plan, date: string, summary: string): TextEdit[] {
  const fm = plan.frontmatter;
  if (!fm || !fm.ok) return [];
  const eol = plan.eol;
  const lines = linesOf(plan);
  const edits: TextEdit[] = [];
  const safe = summary.replace(/\s+/g, ' ').trim() || '(what changed and why)';
  // Quoted, so a colon or a `#` in the summary stays text.
  const entry = `  - date: ${date}${eol}    summary: ${JSON.stringify(safe)}${eol}`;
  const revisions = fm.entries.find((e) => e.key === 'revisions');
  const updated = fm.entries.find((e) => e.key === 'updated');
  if (updated) edits.push({ range: updated.valueRange, newText: date });
  else {
    const created = fm.entries.find((e) => e.key === 'created');
    const at = created ? { line: created.range.end.line + 1, character: 0 } : fm.insertAt;
    edits.push({ range: { start: at, end: at }, newText: `updated: ${date}${eol}` });
  }
  if (revisions && Array.isArray(revisions.value) && revisions.value.length > 0) {
    const at = { line: revisions.range.end.line + 1, character: 0 };
    edits.push({ range: { start: at, end: at }, newText: entry });
  } else if (revisions) {
    edits.push({
      range: {
        start: revisions.range.start,
        end: {
          line: revisions.range.end.line,
          character: lines.lineEnd(revisions.range.end.line) - lines.starts[revisions.range.end.line]!,
        },
      },
      newText: `revisions:${eol}${entry.slice(0, -eol.length)}`,
    });
  } else {
    edits.push({ range: { start: fm.insertAt, end: fm.insertAt }, newText: `revisions:${eol}${entry}` });
  }
  // Two inserts at one place become one edit, so every editor applies them in this order.
  const [first, second] = edits;
  if (
    edits.length === 2 &&
    first!.range.start.line === second!.range.start.line &&
    first!.range.start.character === second!.range.start.character &&
    first!.range.end.line === first!.range.start.line &&
    first!.range.end.character === first!.range.start.character
  ) {
    return [{ range: first!.range, newText: first!.newText + second!.newText }];
  }
  return edits;
}

/** Marks the step on a line met or open: `[ ]` ↔ `[x]`, adding a box to a plain item. */
export function toggleStep(plan: Plan, line: number): TextEdit | undefined {
  for (const p of plan.problems) {
    for (const g of p.goals) {
      const step = g.steps?.items.find((s) => s.range.start.line <= line && line <= s.range.end.line);
      if (!step) continue;
      if (step.boxRange) return { range: step.boxRange, newText: step.met ? '[ ]' : '[x]' };
      return { range: { start: step.textRange.start, end: step.textRange.start }, newText: '[x] ' };
    }
  }
  return undefined;
}
