// renderHtml: Plan → HTML, for the preview and for `tplan export --format html`.
// Plan text is Markdown rendered through remark-rehype and rehype-sanitize
// (GitHub's schema), so nothing a plan holds can run script or load a remote
// resource. Every element carries `data-line` so preview and editor can
// scroll together.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdRoot } from 'mdast';
import type { Library } from '../library/library';
import { dayNumber, isIsoDate } from '../plan/dates';
import type { Goal, Plan, Position, Problem, Section, Step } from '../plan/model';
import type { Diagnostic } from '../rules/types';
import { linesOf, stepProgress, stepWithoutTarget } from '../text/plan-text';
import { escapeHtml } from '../text/escape';
import { PREVIEW_CSS, EXPORT_CSS, BASE_CSS, PRINT_CSS } from './styles';

export interface RenderOptions {
  /** `preview`: VS Code theme colours and the scroll-sync script; `export`: standalone, light, no script. */
  mode: 'preview' | 'export';
  today: string;
  library?: Library;
  /** Shown as a "needs attention" list when given. */
  diagnostics?: readonly Diagnostic[];
  /** The preview's script: its nonce and URI (from the extension's media folder). */
  script?: { nonce: string; src: string; cspSource: string };
}

const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'user-content-' });

/** In-page links point at the prefixed ids the sanitizer gives headings. */
function fixInPageLinks(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const href = child.properties?.href;
    if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && !href.startsWith('#user-content-'))
      child.properties.href = `#user-content-${href.slice(1)}`;
    fixInPageLinks(child);
  }
}

/** Adds `data-line` (0-based, in the plan) to every element with a position. */
function addLines(node: Root | Element, base: number): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.position)
      child.properties = { ...child.properties, dataLine: String(child.position.start.line - 1 + base) };
    addLines(child, base);
  }
}

// Text with none of Markdown's special characters renders as itself: no parse needed.
const PLAIN = /^[^*_[\]<>&`!#|~\\:/@=+\-\r\n]*$/;

/** Plan Markdown (a description, a step, a section) as sanitized HTML nodes. */
function md(text: string, baseLine: number, inline = false): ElementContent[] {
  if (inline && PLAIN.test(text)) return [{ type: 'text', value: text }];
  const tree = markdown.runSync(markdown.parse(text) as MdRoot) as Root;
  fixInPageLinks(tree);
  addLines(tree, baseLine);
  const nodes = tree.children.filter((n): n is ElementContent => n.type === 'element' || n.type === 'text');
  // A single paragraph inline (step and method text) gives its children.
  if (inline && nodes.length === 1 && nodes[0]!.type === 'element' && nodes[0]!.tagName === 'p')
    return nodes[0]!.children;
  return nodes;
}

function slice(plan: Plan, from: Position, to: Position): string {
  const lines = linesOf(plan);
  return plan.text.slice(lines.offset(from), lines.offset(to));
}

const line = (l: number) => ({ dataLine: String(l) });

function stepItem(step: Step, today: string): Element {
  const overdue =
    !step.met && step.target && isIsoDate(step.target.value) && dayNumber(step.target.value) < dayNumber(today);
  const text = stepWithoutTarget(step.text);
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
    h('h3', line(goal.heading.range.start.line), ['Goal: ', ...md(goal.text, goal.heading.range.start.line, true)]),
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

function problemSection(plan: Plan, problem: Problem, today: string): Element {
  const start = { line: problem.heading.range.start.line + 1, character: 0 };
  const description = slice(plan, start, problem.descriptionEnd).trim()
    ? md(slice(plan, start, problem.descriptionEnd), start.line)
    : [];
  return h('section', { className: ['problem'], ...line(problem.heading.range.start.line) }, [
    h('h2', line(problem.heading.range.start.line), [
      'Problem: ',
      ...md(problem.name || '(unnamed)', problem.heading.range.start.line, true),
    ]),
    h('div', { className: ['description'] }, description),
    ...problem.goals.map((g) => goalSection(g, today)),
  ]);
}

function otherSection(plan: Plan, section: Section, className: string): Element {
  const start = { line: section.heading.range.start.line + 1, character: 0 };
  return h('section', { className: [className], ...line(section.heading.range.start.line) }, [
    h('h2', line(section.heading.range.start.line), md(section.heading.text, section.heading.range.start.line, true)),
    ...md(slice(plan, start, section.end), start.line),
  ]);
}

function header(plan: Plan, library: Library | undefined): Element {
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

/** An inline SVG timeline of the steps' target dates and the review date, with today marked. */
function timeline(plan: Plan, today: string): Element | '' {
  const points: Array<{ date: string; kind: 'met' | 'open' | 'overdue' | 'review'; label: string }> = [];
  for (const p of plan.problems)
    for (const g of p.goals)
      for (const x of g.steps?.items ?? []) {
        if (!x.target || !isIsoDate(x.target.value)) continue;
        const overdue = !x.met && dayNumber(x.target.value) < dayNumber(today);
        points.push({
          date: x.target.value,
          kind: x.met ? 'met' : overdue ? 'overdue' : 'open',
          label: stepWithoutTarget(x.text),
        });
      }
  if (plan.meta.review) points.push({ date: plan.meta.review.value, kind: 'review', label: 'Plan review' });
  if (points.length === 0) return '';
  const days = [...points.map((p) => dayNumber(p.date)), dayNumber(today)];
  const min = Math.min(...days);
  const max = Math.max(...days, min + 1);
  const width = 800;
  const x = (d: number) => 20 + ((d - min) / (max - min)) * (width - 40);
  const marks = points
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((p) =>
      s(
        'circle',
        { cx: x(dayNumber(p.date)).toFixed(1), cy: '30', r: p.kind === 'review' ? '7' : '5', class: `mark ${p.kind}` },
        [s('title', `${p.date}: ${p.label} (${p.kind})`)],
      ),
    );
  const t = x(dayNumber(today));
  return h('figure', { className: ['timeline'] }, [
    s(
      'svg',
      {
        viewBox: `0 0 ${width} 60`,
        width: '100%',
        role: 'img',
        'aria-label': 'Timeline of target dates and the review date',
      },
      [
        s('line', { x1: '20', y1: '30', x2: String(width - 20), y2: '30', class: 'axis' }),
        s('line', { x1: t.toFixed(1), y1: '10', x2: t.toFixed(1), y2: '50', class: 'today' }),
        s('text', { x: t.toFixed(1), y: '58', 'text-anchor': 'middle', class: 'today-label' }, `today ${today}`),
        s('text', { x: '20', y: '12', class: 'date-label' }, new Date(min * 86_400_000).toISOString().slice(0, 10)),
        s(
          'text',
          { x: String(width - 20), y: '12', 'text-anchor': 'end', class: 'date-label' },
          new Date(max * 86_400_000).toISOString().slice(0, 10),
        ),
        ...marks,
      ],
    ),
    h('figcaption', [
      'Target dates: ',
      h('span', { className: ['key', 'open'] }, '●'),
      ' open, ',
      h('span', { className: ['key', 'met'] }, '●'),
      ' met, ',
      h('span', { className: ['key', 'overdue'] }, '●'),
      ' overdue; ',
      h('span', { className: ['key', 'review'] }, '●'),
      ' next review. The dashed line is today.',
    ]),
  ]);
}

function attention(diagnostics: readonly Diagnostic[]): Element | '' {
  const shown = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  if (shown.length === 0) return '';
  return h('aside', { className: ['attention'] }, [
    h('h2', 'Needs attention'),
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
  ]);
}

function revisions(plan: Plan): Element | '' {
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

// A problem or section an edit did not touch is the same object in the next
// plan (buildOutline), with the same text: so is its rendering, for the same
// day. The preview re-renders only what changed.
const rendered = new WeakMap<Problem | Section, { key: string; el: Element }>();

function cached(owner: Problem | Section, key: string, make: () => Element): Element {
  const hit = rendered.get(owner);
  if (hit && hit.key === key) return hit.el;
  const el = make();
  rendered.set(owner, { key, el });
  return el;
}

/** The plan's body as HTML nodes (shared by the document and the preview's live updates). */
export function renderBody(plan: Plan, options: RenderOptions): Root {
  const safety = plan.safetyPlan;
  const sections = [
    ...(safety
      ? [
          {
            at: safety.heading.range.start.line,
            el: cached(safety, 'safety-plan', () => otherSection(plan, safety, 'safety-plan')),
          },
        ]
      : []),
    ...plan.problems.map((p) => ({
      at: p.heading.range.start.line,
      el: cached(p, options.today, () => problemSection(plan, p, options.today)),
    })),
    ...plan.sections.map((x) => ({
      at: x.heading.range.start.line,
      el: cached(x, 'other', () => otherSection(plan, x, 'other')),
    })),
  ].sort((a, b) => a.at - b.at);
  const children: RootContent[] = [
    header(plan, options.library),
    options.diagnostics ? attention(options.diagnostics) : '',
    timeline(plan, options.today),
    ...sections.map((x) => x.el),
    revisions(plan),
  ].filter((x): x is Element => x !== '');
  return { type: 'root', children: [h('main', { className: ['plan'] }, children as ElementContent[])] };
}

export function renderHtml(plan: Plan, options: RenderOptions): string {
  const body = toHtml(renderBody(plan, options));
  const title = plan.meta.client?.value ? `Treatment plan: ${plan.meta.client.value}` : 'Treatment plan';
  const css = `${BASE_CSS}\n${options.mode === 'preview' ? PREVIEW_CSS : EXPORT_CSS}\n${PRINT_CSS}`;
  const csp =
    options.mode === 'preview' && options.script
      ? `default-src 'none'; img-src ${options.script.cspSource} data:; style-src 'unsafe-inline'; script-src 'nonce-${options.script.nonce}';`
      : "default-src 'none'; img-src data:; style-src 'unsafe-inline';";
  const script =
    options.mode === 'preview' && options.script
      ? `<script nonce="${options.script.nonce}" src="${options.script.src}"></script>`
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
${script}
</body>
</html>
`;
}
