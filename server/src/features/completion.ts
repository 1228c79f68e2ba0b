// Completions drawn from the library and the format: problem names, a goal's
// steps and methods from its problem's module, frontmatter keys and values,
// ICD-10-CM codes and dates.

import { FRONTMATTER_KEYS, PAYER_VALUES, SEVERITY_VALUES, STATUS_VALUES, STYLE_VALUES } from '../plan/keys';
import { DATE_PLACEHOLDER, addMonths, withoutPlaceholderTarget } from '../plan/dates';
import { moduleSnippet, snippetDefaults, snippetText } from './snippets';
import type { Plan, Position, Range, Step } from '../plan/model';
import type { Library, Module } from '../library/library';
import type { PlanConfig } from '../config/config';
import { DEFAULT_REVIEW_INTERVAL, describeInterval, reviewDeadline } from '../config/review-interval';
import { KEYWORD_NUMBER } from '../plan/headings';
import { locate } from './locate';
import { shorten } from '../text/plan-text';
import { stepKey } from '../rules/duplicate-step';
import { tableCompletions } from './measuresTable';

/** A problem heading up to where its name starts (`## Problem: `, `## Problem 2: `). */
const PROBLEM_HEADING = new RegExp(String.raw`^##[ \t]+problem${KEYWORD_NUMBER}[ \t]*:[ \t]*`, 'i');

export type CompletionKind = 'module' | 'step' | 'method' | 'key' | 'value' | 'code' | 'date' | 'measure';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text that replaces `range`; a snippet when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  range: Range;
  sortText?: string;
  filterText?: string;
}

export interface CompletionContext {
  plan: Plan;
  position: Position;
  /** The text of the position's line. */
  line: string;
  library: Library;
  today: string;
  config?: PlanConfig;
  /** False for a client that inserts snippet syntax as it is: items are then plain text. */
  snippets?: boolean;
}

const ENUMS: Record<string, readonly string[]> = {
  status: STATUS_VALUES,
  style: STYLE_VALUES,
  severity: SEVERITY_VALUES,
  payer: PAYER_VALUES,
  type: ['treatment-plan'],
};

/** The plan's modules: those its problems name. */
export function planModules(plan: Plan, library: Library): Module[] {
  const out: Module[] = [];
  for (const p of plan.problems) {
    const m = library.moduleFor(p);
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

function dateItems(ctx: CompletionContext, range: Range, key?: string): Completion[] {
  const items: Array<[string, string]> = [[ctx.today, 'today']];
  for (const months of [1, 3, 6])
    items.push([addMonths(ctx.today, months), `in ${months} month${months === 1 ? '' : 's'}`]);
  if (key === 'review') {
    const base = ctx.plan.meta.updated ?? ctx.plan.meta.created;
    const severity = ctx.plan.meta.severity?.value;
    if (base && severity) {
      const interval = (ctx.config?.reviewInterval ?? DEFAULT_REVIEW_INTERVAL)[severity];
      items.unshift([
        reviewDeadline(base.value, interval),
        `${describeInterval(interval)} after ${ctx.plan.meta.updated ? 'the last update' : 'the plan was created'} (the ${severity} interval)`,
      ]);
    }
  }
  return items.map(([date, detail], i) => ({
    label: date,
    kind: 'date',
    detail,
    insertText: date,
    range,
    sortText: String(i).padStart(2, '0'),
  }));
}

function stepSnippet(step: string): string {
  return `${snippetText(withoutPlaceholderTarget(step))}, by \${1:${DATE_PLACEHOLDER}}`;
}

export function complete(ctx: CompletionContext): Completion[] {
  const items = completeAt(ctx);
  if (ctx.snippets !== false) return items;
  // A snippet's defaults as plain text: the placeholders stay for the clinician to write.
  return items.map(({ snippet, ...item }) =>
    snippet ? { ...item, insertText: snippetDefaults(item.insertText) } : item,
  );
}

function completeAt(ctx: CompletionContext): Completion[] {
  const { plan, position, line } = ctx;
  const prefix = line.slice(0, position.character);
  const where = locate(plan, position);
  const at = (from: number): Range => ({ start: { line: position.line, character: from }, end: position });

  if (where.inFrontmatter) return frontmatterCompletions(ctx, prefix, at);

  if (line.includes('|') && plan.measures.length > 0) {
    const cells = tableCompletions(plan, position, line, ctx.today);
    if (cells.length) return cells.map((c) => ({ ...c, kind: c.detail === 'today' ? 'date' : 'measure' }));
  }

  const problemHeading = PROBLEM_HEADING.exec(prefix);
  if (problemHeading && position.line === where.problem?.heading.range.start.line) {
    // A problem without goals yet can take the module's whole section; one with goals, its name only.
    const whole = where.problem.goals.length === 0;
    return ctx.library.modules.flatMap((m) => moduleCompletions(m, at(problemHeading[0].length), whole));
  }

  const item = /^(\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)(.*)$/.exec(prefix);
  if (item) {
    if (/\bby\s+[\d-]*$/i.test(prefix)) {
      const typed = /[\d-]*$/.exec(prefix)![0];
      return dateItems(ctx, at(position.character - typed.length));
    }
    const module = where.problem && ctx.library.moduleFor(where.problem);
    if (!module || !where.part) return [];
    const range = at(item[1]!.length);
    if (where.part === 'steps') return stepCompletions(module, where.goal?.steps?.items ?? [], range);
    return module.methods.map((m, i) => ({
      label: m,
      kind: 'method',
      detail: `${module.name}: method`,
      insertText: m,
      range,
      sortText: `0${String(i).padStart(2, '0')}`,
    }));
  }
  return [];
}

/** In the frontmatter: a key not yet written, an enum's values, dates, ICD-10-CM codes. */
function frontmatterCompletions(ctx: CompletionContext, prefix: string, at: (from: number) => Range): Completion[] {
  const { plan, position, library } = ctx;
  const key = /^([A-Za-z][\w-]*)?$/.exec(prefix);
  if (key) {
    const present = new Set(plan.frontmatter?.entries.map((e) => e.key));
    return FRONTMATTER_KEYS.filter((k) => !present.has(k)).map((k, i) => ({
      label: k,
      kind: 'key',
      insertText: ['diagnoses', 'services', 'revisions'].includes(k) ? `${k}:\n  - ` : `${k}: `,
      range: at(0),
      sortText: String(i).padStart(2, '0'),
    }));
  }
  const value = /^([a-z]+):[ \t]*([\w-]*)$/.exec(prefix);
  if (value) {
    const [, k, typed] = value;
    const from = position.character - typed!.length;
    if (ENUMS[k!]) return ENUMS[k!]!.map((v) => ({ label: v, kind: 'value', insertText: v, range: at(from) }));
    if (['created', 'updated', 'review'].includes(k!)) return dateItems(ctx, at(from), k);
  }
  const nested = /^\s+(?:-\s+)?(code|reviewed|date):[ \t]*([\w.-]*)$/.exec(prefix);
  if (nested) {
    const [, k, typed] = nested;
    const from = position.character - typed!.length;
    if (k !== 'code') return dateItems(ctx, at(from));
    const suggested = new Set(planModules(plan, library).flatMap((m) => m.diagnoses));
    return library.codes.entries().map(([code, title]) => ({
      label: code,
      kind: 'code',
      detail: title,
      insertText: code,
      range: at(from),
      filterText: `${code} ${title}`,
      // The codes the plan's modules suggest come first.
      sortText: `${suggested.has(code) ? '0' : '1'}${code}`,
    }));
  }
  return [];
}

/** On a problem heading: the module's name, and its whole section when the problem has no goals yet. */
function moduleCompletions(m: Module, range: Range, whole: boolean): Completion[] {
  const base = {
    label: m.name,
    kind: 'module' as const,
    documentation: `${m.summary}\n\nModule \`${m.id}\`. Likely codes: ${m.diagnoses.join(', ')}.`,
    range,
    filterText: [m.name, ...m.aliases].join(' '),
  };
  const name: Completion = {
    ...base,
    detail: m.aliases.length ? `also: ${m.aliases.join(', ')}` : m.id,
    insertText: m.name,
    sortText: `1${m.name}`,
  };
  if (!whole) return [name];
  // The snippet of Insert Problem Module, from the heading's name on.
  const section = moduleSnippet(m)
    .join('\n')
    .replace(/^## Problem: /, '');
  return [
    {
      ...base,
      // A label of its own: two items labelled alike look like one offered twice.
      label: `${m.name} (whole module)`,
      detail: 'whole module: a goal, three steps, two methods',
      insertText: section,
      snippet: true,
      sortText: `0${m.name}`,
    },
    name,
  ];
}

/** In a Steps list: the module's steps the list does not hold yet. */
function stepCompletions(module: Module, steps: readonly Step[], range: Range): Completion[] {
  // A step the list already holds is not offered again (duplicate-step would report it).
  const written = new Set(steps.map((s) => stepKey(s.text)));
  const offered = module.steps.filter((s) => !written.has(stepKey(withoutPlaceholderTarget(s))));
  return offered.map((s, i) => {
    const full = withoutPlaceholderTarget(s);
    return {
      // Labelled by its start (the suggest widget cuts long labels), in full below and for filtering.
      label: startOf(full),
      kind: 'step',
      detail: `${module.name}: step`,
      documentation: full,
      filterText: full,
      insertText: stepSnippet(s),
      snippet: true,
      range,
      // '0' first: plan items before the editor's other suggestions.
      sortText: `0${String(i).padStart(2, '0')}`,
    };
  });
}

/** A step's first words, up to 45 characters, cut after a word. */
function startOf(text: string, max = 45): string {
  return shorten(text, max);
}
