// renderHtml: Plan → HTML, for the preview and for `tplan export --format html`.
// Plan text is rendered by markdown.ts (sanitized); the page carries a
// Content-Security-Policy of its own, and a script only in the preview.

import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Library } from '../library/library';
import type { Diagnostic } from '../base/diagnostic';
import { readinessOf, type Readiness } from '../lint/readiness';
import type { Plan, Problem, Section } from '../plan/model';
import { escapeHtml } from '../base/escape';
import { header, otherSection, problemSection, readinessBanner, revisions } from './parts';
import { PREVIEW_CSS, EXPORT_CSS, BASE_CSS, PRINT_CSS } from './styles';
import { timeline } from './timeline';
import { requirementsPanel } from './requirements';
import { signOffSection } from './signoff';
import { chartKey, measuresCharts } from './measuresChart';
import { isMeasuresHeading } from '../plan/measures';
import type { Audit } from '../features/audit';

export interface RenderOptions {
  /** `preview`: VS Code theme colours and the scroll-sync script; `export`: standalone, light, no script. */
  mode: 'preview' | 'export';
  today: string;
  library?: Library;
  /** The plan's findings: the preview shows them under its readiness banner. */
  diagnostics?: readonly Diagnostic[];
  /** Whether the plan is ready to share: an export that is not carries a banner saying so. */
  readiness?: Readiness;
  /** The preview's script: its nonce and URI (from the extension's media folder). */
  script?: { nonce: string; src: string; cspSource: string };
  /** `data-*` attributes of the page's body (the preview's document URI). */
  bodyData?: Readonly<Record<string, string>>;
  /** The requirement checklist (features/audit.ts): the preview shows it as a collapsed panel. */
  audit?: Audit;
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
  // The first Measures section carries the charts of the plan's scores.
  const measures = plan.sections.find((x) => isMeasuresHeading(x.heading.text, x.heading.depth));
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
      el:
        x === measures
          ? cached(x, `measures\u0000${chartKey(plan, options.today)}`, () =>
              otherSection(plan, x, 'measures', measuresCharts(plan, options.today)),
            )
          : cached(x, 'other', () => otherSection(plan, x, 'other')),
    })),
  ].sort((a, b) => a.at - b.at);
  const readiness = options.readiness ?? (options.diagnostics ? readinessOf(options.diagnostics) : undefined);
  const children: RootContent[] = [
    readiness ? readinessBanner(readiness, options.diagnostics ?? [], options.mode) : '',
    requirementsPanel(options.audit),
    header(plan, options.library),
    timeline(plan, options.today),
    ...sections.map((x) => x.el),
    revisions(plan),
    signOffSection(plan),
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
<body${bodyAttributes(options.bodyData)}>
${body}
${script}
</body>
</html>
`;
}

function bodyAttributes(data: RenderOptions['bodyData']): string {
  if (!data) return '';
  return Object.entries(data)
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
}

/** The body as HTML text: the preview's live updates. */
export function renderBodyHtml(plan: Plan, options: RenderOptions): string {
  return toHtml(renderBody(plan, options));
}
