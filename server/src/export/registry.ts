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

const RENDERERS: { readonly [F in ExportFormat]: RenderExport } = {
  html: (plan, { today, library, readiness }) => renderHtml(plan, { mode: 'export', today, library, readiness }),
  fhir: (plan, { library }) => json(toFhir(plan, library)),
  json: (plan, { library }) => json(toJson(plan, library)),
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
