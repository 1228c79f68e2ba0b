// The `treatmentPlan/*` requests between the extension and the language
// server: each one's name and the types of its parameters and result, in one
// place that both sides import. No request name is written anywhere else.

import type { Payer, Severity, SignatureMethod, SignatureRole, Style, TextEdit } from './plan/model';
import type { CaseloadRow } from './features/caseload';

// The model's types the editor handles, so that it imports nothing else of the server.
export type { Payer, Range, Severity, Style, TextEdit } from './plan/model';

/** A request: its method name, and (as types only) its parameters and result. */
export interface RequestDef<P, R> {
  readonly method: string;
  /** Never set: it carries the parameter and result types. */
  readonly types?: (params: P) => R;
}

function request<P, R>(method: `treatmentPlan/${string}`): RequestDef<P, R> {
  return { method };
}

export interface ModuleSummary {
  id: string;
  name: string;
  summary: string;
  /** The codes the module suggests, with their official ICD-10-CM titles when the code table has them. */
  diagnoses: Array<{ code: string; title?: string }>;
}

export interface ModulesParams {
  /** A document of the workspace whose library is meant; the first folder's when absent. */
  uri?: string;
}

export interface NewPlanParams {
  /** Where the plan will be written: its folder's config and library are used. */
  uri?: string;
  modules: string[];
  style: Style;
  payer?: Payer;
  severity: Severity;
  /** The diagnosis codes the clinician picked among the modules' (none: none is written). */
  diagnoses?: string[];
}

export interface ModuleSnippetParams {
  uri: string;
  id: string;
}

export interface AddRevisionParams {
  uri: string;
  summary: string;
}

export interface SignParams {
  uri: string;
  role: SignatureRole;
  /** The clinician's defaults to the plan's `clinician:` when absent. */
  name?: string;
  credentials?: string;
  /** How the signature was given; a clinician's or supervisor's defaults to electronic. */
  method?: SignatureMethod;
  /** Who heard a verbal signature. */
  witness?: string;
  /** YYYY-MM-DD; the server's today when absent. */
  date?: string;
  /** Sign a plan that has errors (the editor asks first). */
  allowErrors?: boolean;
}

export interface SignResult {
  /** The edit that adds the signature; empty when not signed. */
  edits: TextEdit[];
  /** Errors other than the signature rules': a plan with any is not signed unless allowErrors. */
  errors: number;
  /** Why the plan cannot be signed at all, in words (no plan text). */
  refused?: string;
  date?: string;
}

export interface SignDefaultsParams {
  uri: string;
}

/** What Sign Plan… offers: the plan's `clinician:` as name and credentials, and the dates a signature may have. */
export interface SignDefaultsResult {
  name?: string;
  credentials?: string;
  /** The latest date a signature may have (YYYY-MM-DD). */
  today: string;
  /** The earliest: the plan's `created`, when it has one. */
  created?: string;
}

export interface ToggleStepParams {
  uri: string;
  /** The 0-based line the cursor is on. */
  line: number;
}

export interface RenderParams {
  uri: string;
  /** The body alone, for a live update of an open preview. */
  body?: boolean;
  /** The preview's script: its nonce and webview URI, and the webview's CSP source. */
  script?: { nonce: string; src: string; cspSource: string };
}

export interface RenderResult {
  html: string;
  /** The document version rendered. */
  version: number;
}

/** An export format as the CLI and the editor name it (its renderer: export/registry.ts). */
export interface ExportFormatInfo {
  /** `tplan export --format ID`, and the Export request's `format`. */
  readonly id: string;
  /** The file's extension, after the plan's name without `.plan.md`. */
  readonly extension: string;
  /** "Export as LABEL" in the editor; the save dialog's filter. */
  readonly label: string;
  /** What it is, in the CLI's help. */
  readonly summary: string;
  /** The editor's command. */
  readonly command: `treatmentPlan.export${string}`;
  /** Whether an export of a plan with errors says "Not ready to share" itself. */
  readonly marksNotReady: boolean;
}

/**
 * Every export format, once: the CLI's `--format`, the Export request and the
 * editor's commands (package.json's, written by `npm run generate`) read this
 * list. Adding a format touches it and export/registry.ts only.
 */
export const EXPORT_FORMATS = [
  {
    id: 'html',
    extension: 'html',
    label: 'HTML',
    summary: 'printable HTML',
    command: 'treatmentPlan.exportHtml',
    marksNotReady: true,
  },
  {
    id: 'fhir',
    extension: 'fhir.json',
    label: 'FHIR',
    summary: 'a FHIR R4 Bundle',
    command: 'treatmentPlan.exportFhir',
    marksNotReady: true,
  },
  {
    id: 'json',
    extension: 'json',
    label: 'JSON',
    summary: 'the plan as JSON',
    command: 'treatmentPlan.exportJson',
    marksNotReady: true,
  },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export interface ExportParams {
  uri: string;
  format: ExportFormat;
}

export interface ExportResult {
  text: string;
  /** Whether the plan is ready to share (lint/readiness.ts); the editor asks before exporting one with errors. */
  ready: boolean;
  errors: number;
  /** The blocking findings as rule ids and lines, never their messages. */
  blocking: string;
}

/** A plan of the workspace in the Plans view: its caseload row, where it is, and the one line to say first. */
export interface CaseloadItem extends CaseloadRow {
  uri: string;
  headline: string;
  /** The date of the latest signature the plan records (YYYY-MM-DD): Summarize Changes offers "since it was signed". */
  lastSigned?: string;
}

export interface CaseloadParams {
  /** Plans saved, created or deleted since the last answer: only these are read again. All when absent. */
  changed?: string[];
}

export interface PlanStatusParams {
  uri: string;
}

export interface SummarizeChangesParams {
  uri: string;
  /** The version to compare with: the plan at its last commit, or at the last commit on or before the day it was signed. */
  since: { commit: 'HEAD' } | { signed: string };
}

export interface SummarizeChangesResult {
  /** The changes as Markdown, grouped, ready to paste. */
  markdown: string;
  /** One line for a `revisions` entry. */
  summary: string;
  changes: number;
}

/** Why the old version could not be had from git, in one line without plan text. */
export interface SummarizeChangesRefusal {
  refused: string;
}

/** A group of the Plans view, in the order shown. */
export interface CaseloadGroupInfo {
  id: CaseloadRow['group'];
  title: string;
}

export interface PlanFileNameParams {
  /** A name for a new plan's file, relative to the workspace folder. */
  name: string;
}

/** Memory figures of the server process, in bytes (benchmarks and support; never content). */
export interface MemoryFigures {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export const Modules = request<ModulesParams | undefined, ModuleSummary[]>('treatmentPlan/modules');
export const NewPlan = request<NewPlanParams, { text: string }>('treatmentPlan/newPlan');
export const ModuleSnippet = request<ModuleSnippetParams, { snippet: string } | null>('treatmentPlan/moduleSnippet');
export const AddRevision = request<AddRevisionParams, TextEdit[]>('treatmentPlan/addRevision');
export const ToggleStep = request<ToggleStepParams, TextEdit[]>('treatmentPlan/toggleStep');
export const SignPlan = request<SignParams, SignResult>('treatmentPlan/sign');
export const SignDefaults = request<SignDefaultsParams, SignDefaultsResult | null>('treatmentPlan/signDefaults');
export const Render = request<RenderParams, RenderResult | null>('treatmentPlan/render');
export const Export = request<ExportParams, ExportResult | null>('treatmentPlan/export');
export interface MemoryParams {
  /** Collect garbage first (only when the server runs with --expose-gc: the soak test). */
  gc?: boolean;
}

export const Caseload = request<CaseloadParams | undefined, CaseloadItem[]>('treatmentPlan/caseload');
export const PlanStatus = request<PlanStatusParams, CaseloadItem | null>('treatmentPlan/planStatus');
export const SummarizeChanges = request<
  SummarizeChangesParams,
  SummarizeChangesResult | SummarizeChangesRefusal | null
>('treatmentPlan/summarizeChanges');
export const CaseloadGroups = request<undefined, CaseloadGroupInfo[]>('treatmentPlan/caseloadGroups');
/** Why a name will not do for a new plan's file (the format's section 1), or null when it will. */
export const PlanFileName = request<PlanFileNameParams, string | null>('treatmentPlan/planFileName');
export const Memory = request<MemoryParams | undefined, MemoryFigures>('treatmentPlan/memory');

/** Every request, for the test that each one is answered. */
export const REQUESTS: ReadonlyArray<RequestDef<never, unknown>> = [
  Modules,
  NewPlan,
  ModuleSnippet,
  AddRevision,
  ToggleStep,
  SignPlan,
  SignDefaults,
  Render,
  Export,
  Caseload,
  PlanStatus,
  SummarizeChanges,
  CaseloadGroups,
  PlanFileName,
  Memory,
];
