// The parts of a rendered plan: its header (facts, diagnoses, services), its
// problems with their goals, steps and methods, other sections, the findings
// that need attention and the revisions.

import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Library } from '../library/library';
import type { Diagnostic } from '../base/diagnostic';
import { blockingSummary, errorCount, problemCount, type Readiness } from '../lint/readiness';
import { dayNumber, isIsoDate, withoutTrailingTarget } from '../plan/dates';
import type { Goal, Plan, Problem, Section, Step } from '../plan/model';
import { keywordLabel } from '../plan/headings';
import { stepProgress } from '../text/plan-text';
import { line, md, slice } from './markdown';

function stepItem(step: Step, today: string): Element {
  const overdue =
    !step.met && step.target && isIsoDate(step.target.value) && dayNumber(step.target.value) < dayNumber(today);
  const text = withoutTrailingTarget(step.text);
  return h(
    'li',
    {
      className: ['step', step.met ? 'met' : 'open', overdue ? 'overdue' : ''].filter(Boolean),
      ...line(step.range.start.line),
    },
    [
      h('span', { className: ['box'], role: 'img', ariaLabel: step.met ? 'met' : 'open' }, step.met ? '☑' : '☐'),
      h('span', { className: ['text'] }, md(text, step.textRange.start.line, true)),
      step.target
        ? h('span', { className: ['due'] }, [
            overdue ? 'overdue since ' : 'by ',
            h('time', { dateTime: step.target.value }, step.target.value),
          ])
        : '',
    ],
  );
}

function goalSection(goal: Goal, today: string): Element {
  const steps = goal.steps?.items ?? [];
  const progress = stepProgress(goal);
  const met = progress.met;
  const pct = steps.length ? Math.round((met / steps.length) * 100) : 0;
  return h('section', { className: ['goal'], ...line(goal.heading.range.start.line) }, [
    h('h3', line(goal.heading.range.start.line), [
      keywordLabel('Goal', goal.heading.text),
      ...md(goal.text, goal.heading.range.start.line, true),
    ]),
    // The goal in the client's own words, as plain text (the quote marks are theirs).
    goal.clientWords
      ? h(
          'blockquote',
          { className: ['client-words'], ...line(goal.clientWords.range.start.line) },
          goal.clientWords.value,
        )
      : '',
    h(
      'div',
      {
        className: ['progress'],
        role: 'progressbar',
        ariaValuenow: String(met),
        ariaValuemin: '0',
        ariaValuemax: String(steps.length),
        ariaLabel: 'steps met',
      },
      [
        h('div', { className: ['bar'] }, [h('div', { className: ['fill'], style: `width: ${pct}%` })]),
        h('span', { className: ['label'] }, progress.label),
      ],
    ),
    goal.steps ? h('h4', line(goal.steps.heading.range.start.line), 'Steps') : '',
    steps.length
      ? h(
          'ul',
          { className: ['steps'] },
          steps.map((x) => stepItem(x, today)),
        )
      : '',
    goal.methods ? h('h4', line(goal.methods.heading.range.start.line), 'Methods') : '',
    goal.methods?.items.length
      ? h(
          'ul',
          { className: ['methods'] },
          goal.methods.items.map((m) => h('li', line(m.range.start.line), md(m.text, m.textRange.start.line, true))),
        )
      : '',
  ]);
}

export function problemSection(plan: Plan, problem: Problem, today: string): Element {
  const start = { line: problem.heading.range.start.line + 1, character: 0 };
  const description = slice(plan, start, problem.descriptionEnd).trim()
    ? md(slice(plan, start, problem.descriptionEnd), start.line)
    : [];
  return h('section', { className: ['problem'], ...line(problem.heading.range.start.line) }, [
    h('h2', line(problem.heading.range.start.line), [
      keywordLabel('Problem', problem.heading.text),
      ...md(problem.name || '(unnamed)', problem.heading.range.start.line, true),
    ]),
    h('div', { className: ['description'] }, description),
    ...problem.goals.map((g) => goalSection(g, today)),
  ]);
}

/** A section as its Markdown renders it; `before` goes under its heading (the Measures section's charts). */
export function otherSection(plan: Plan, section: Section, className: string, before: Element[] = []): Element {
  const start = { line: section.heading.range.start.line + 1, character: 0 };
  return h('section', { className: [className], ...line(section.heading.range.start.line) }, [
    h('h2', line(section.heading.range.start.line), md(section.heading.text, section.heading.range.start.line, true)),
    ...before,
    ...md(slice(plan, start, section.end), start.line),
  ]);
}

export function header(plan: Plan, library: Library | undefined): Element {
  const m = plan.meta;
  const field = (label: string, value: string | undefined, lineNo?: number) =>
    value ? [h('dt', label), h('dd', lineNo !== undefined ? line(lineNo) : {}, value)] : [];
  const diagnoses = m.diagnoses?.value ?? [];
  return h('header', { className: ['plan-header'], ...line(0) }, [
    h('h1', plan.title ? md(plan.title.text, plan.title.range.start.line, true) : 'Treatment plan'),
    h('dl', { className: ['facts'] }, [
      ...field('Client', m.client?.value, m.client?.range.start.line),
      ...field('Clinician', m.clinician?.value, m.clinician?.range.start.line),
      ...field('Created', m.created?.value, m.created?.range.start.line),
      ...field('Updated', m.updated?.value, m.updated?.range.start.line),
      ...field('Next review', m.review?.value, m.review?.range.start.line),
      ...field('Status', m.status?.value ?? 'draft'),
      ...field('Style', m.style?.value ?? 'informal'),
      ...field('Severity', m.severity?.value),
      ...field('Risk level', m.risk?.value, m.risk?.range.start.line),
      ...field('Payer', m.payer?.value),
    ]),
    diagnoses.length
      ? h('table', { className: ['diagnoses'] }, [
          h('caption', 'Diagnoses'),
          h('thead', h('tr', [h('th', 'Code'), h('th', 'Title'), h('th', 'Basis'), h('th', 'Reviewed with client')])),
          h(
            'tbody',
            diagnoses.map((d) =>
              h('tr', line(d.range.start.line), [
                h('td', d.code?.value ?? ''),
                h('td', (d.code && library?.codes.title(d.code.value)) ?? d.name?.value ?? ''),
                h('td', d.basis?.value ?? ''),
                h('td', d.reviewed?.value ?? ''),
              ]),
            ),
          ),
        ])
      : '',
    m.services?.value.length
      ? h('table', { className: ['services'] }, [
          h('caption', 'Services'),
          h('thead', h('tr', [h('th', 'Modality'), h('th', 'Frequency'), h('th', 'Duration')])),
          h(
            'tbody',
            m.services.value.map((x) =>
              h('tr', line(x.range.start.line), [
                h('td', x.modality?.value ?? ''),
                h('td', x.frequency?.value ?? ''),
                h('td', x.duration?.value ?? ''),
              ]),
            ),
          ),
        ])
      : '',
  ]);
}

/**
 * Whether the plan is ready to share, at the top of the page. An export names
 * the blocking rules and lines only (a message may quote the plan, and the
 * page travels); the preview, in the clinician's own editor, lists each
 * finding with its message, warnings too.
 */
export function readinessBanner(
  readiness: Readiness,
  diagnostics: readonly Diagnostic[],
  mode: 'preview' | 'export',
): Element | '' {
  if (mode === 'export') {
    if (readiness.ready) return '';
    return h('aside', { className: ['readiness', 'not-ready'], role: 'note' }, [
      h('strong', `Not ready to share: ${problemCount(readiness.blocking.length)}`),
      ` (${blockingSummary(readiness)}).`,
      readiness.errors > 0 ? ` Exported with ${errorCount(readiness.errors)}.` : '',
    ]);
  }
  const shown = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const title = readiness.ready
    ? shown.length
      ? `Ready to share (${shown.length} warning${shown.length === 1 ? '' : 's'} worth a look)`
      : 'Ready to share'
    : `Not ready to share: ${problemCount(readiness.blocking.length)}`;
  return h('aside', { className: ['readiness', readiness.ready ? 'ready' : 'not-ready'] }, [
    h('h2', title),
    ...(shown.length === 0
      ? []
      : [
          h(
            'ul',
            shown.map((d) =>
              h('li', { ...line(d.range.start.line), className: [d.severity] }, [
                h('strong', d.severity),
                ` line ${d.range.start.line + 1}: ${d.message} `,
                h('code', d.rule),
              ]),
            ),
          ),
        ]),
  ]);
}

export function revisions(plan: Plan): Element | '' {
  const list = plan.meta.revisions?.value ?? [];
  if (list.length === 0) return '';
  return h('section', { className: ['revisions'], ...line(plan.meta.revisions!.range.start.line) }, [
    h('h2', 'Revisions'),
    h(
      'ol',
      list.map((r) => h('li', line(r.range.start.line), [h('time', r.date?.value ?? ''), ' ', r.summary?.value ?? ''])),
    ),
  ]);
}
