// The export registry: each format of the protocol's list (EXPORT_FORMATS,
// which the CLI, the plan service and the editor read) with its renderer.
// The type below makes a format without a renderer a compile error.

import type { Library } from '../library/library';
import type { Readiness } from '../lint/readiness';
import type { Plan } from '../plan/model';
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatInfo } from '../protocol';
import { renderHtml } from '../render/html';
import { toFhir } from './fhir';
import { toJson } from './json';

/** What every renderer is handed: the day, the plan's library, and whether it is ready to share. */
export interface ExportInput {
  readonly today: string;
  readonly library: Library;
  readonly readiness: Readiness;
}

export type RenderExport = (plan: Plan, input: ExportInput) => string;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What keeps a plan from being ready, said in its export: the blocking findings, each with its rule and line. */
function notReady(readiness: Readiness): {
  summary: string;
  findings: Array<{ rule: string; line: number; message: string }>;
} {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    summary: `Not ready to share: ${count(readiness.errors, 'error')}${readiness.signatureStale ? ', a signature that no longer covers the plan' : ''} when exported.`,
    findings: readiness.blocking.map((d) => ({ rule: d.rule, line: d.range.start.line + 1, message: d.message })),
  };
}

/** The FHIR Bundle of a plan not ready to share: its CarePlan says so in a note, as the HTML export's banner does. */
function fhirOf(plan: Plan, library: Library, readiness: Readiness): Record<string, unknown> {
  const bundle = toFhir(plan, library);
  if (readiness.ready) return bundle;
  const { summary, findings } = notReady(readiness);
  const text = [summary, ...findings.map((f) => `${f.rule} (line ${f.line})`)].join(' ');
  for (const entry of (bundle.entry ?? []) as Array<{ resource?: Record<string, unknown> }>) {
    const r = entry.resource;
    if (r?.resourceType === 'CarePlan') r.note = [...((r.note as unknown[]) ?? []), { text }];
  }
  return bundle;
}

const RENDERERS: { readonly [F in ExportFormat]: RenderExport } = {
  html: (plan, { today, library, readiness }) => renderHtml(plan, { mode: 'export', today, library, readiness }),
  fhir: (plan, { library, readiness }) => json(fhirOf(plan, library, readiness)),
  // `readiness` says whether the plan was ready to share, and what kept it from being so.
  json: (plan, { library, readiness }) =>
    json({
      ...toJson(plan, library),
      readiness: { ready: readiness.ready, ...(readiness.ready ? {} : notReady(readiness)) },
    }),
};

export interface Exporter extends ExportFormatInfo {
  readonly id: ExportFormat;
  readonly render: RenderExport;
}

export const EXPORTERS: readonly Exporter[] = EXPORT_FORMATS.map((f) => ({ ...f, render: RENDERERS[f.id] }));

/** The exporter of a format id, or undefined for an id no format has. */
export function exporterOf(id: string | undefined): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
