// The extension's requests (lsp/protocol.ts), answered from the core: the
// module list, a new plan, a module snippet, a revision entry, marking a
// step, a signature, the preview's HTML and the exports.

import { addRevision, toggleStep } from '../text/edits';
import { newPlanText } from '../features/newPlan';
import { moduleSnippet } from '../features/snippets';
import { exporterOf } from '../export/registry';
import type {
  AddRevisionParams,
  ExportParams,
  ExportResult,
  ModuleSnippetParams,
  ModuleSummary,
  ModulesParams,
  NewPlanParams,
  RenderParams,
  RenderResult,
  SignDefaultsParams,
  SignDefaultsResult,
  SignParams,
  SignResult,
  ToggleStepParams,
} from '../protocol';
import { SIGNING_RULES, checkSignature, signDefaults, signPlan } from '../features/sign';
import { auditPlan } from '../features/audit';
import { LineIndex } from '../plan/lines';
import type { TextEdit } from '../plan/model';
import { renderBodyHtml, renderHtml } from '../render/html';
import { blockingSummary, readinessOf } from '../lint/readiness';
import type { PlanService } from './service';
import { diffPlans } from '../history/diff';
import { markdownSummary, revisionSummary } from '../history/summary';
import { parsePlan } from '../plan/parsePlan';
import type { SummarizeChangesResult } from '../protocol';
import { isPlanFileName } from '../plan/isPlan';

/** Why a name will not do for a new plan's file, by the format's rule (section 1); null when it will. */
export function planFileNameProblem(name: string): string | null {
  return isPlanFileName(name.trim()) ? null : 'A plan file name ends in .plan.md, like jd-2026.plan.md';
}

export function modules(service: PlanService, params: ModulesParams | undefined): ModuleSummary[] {
  const { library } = service.resolutionFor(params?.uri ?? service.workspaceUri());
  return library.modules.map((m) => ({
    id: m.id,
    name: m.name,
    summary: m.summary,
    diagnoses: m.diagnoses.map((code) => {
      const title = library.codes.title(code);
      return title ? { code, title } : { code };
    }),
  }));
}

export function newPlan(service: PlanService, params: NewPlanParams): { text: string } {
  const { library, config } = service.resolutionFor(params.uri);
  const chosen = params.modules.map((id) => library.byId(id)).filter((m) => m !== undefined);
  const text = newPlanText(
    {
      modules: chosen,
      style: params.style,
      severity: params.severity,
      today: service.today(),
      reviewInterval: config.reviewInterval,
      ...(params.payer ? { payer: params.payer } : {}),
      ...(params.diagnoses ? { diagnoses: params.diagnoses } : {}),
    },
    library,
  );
  return { text };
}

export function snippetOf(service: PlanService, params: ModuleSnippetParams): { snippet: string } | null {
  const m = service.resolutionFor(params.uri).library.byId(params.id);
  return m ? { snippet: moduleSnippet(m).join('\n') } : null;
}

export function revision(service: PlanService, params: AddRevisionParams): TextEdit[] {
  const state = service.stateOf(params.uri);
  return state ? addRevision(state.plan, service.today(), params.summary) : [];
}

export function sign(service: PlanService, params: SignParams): SignResult {
  const state = service.stateOf(params.uri);
  if (!state) return { edits: [], errors: 0, refused: 'the plan is not open' };
  const errors = service
    .planDiagnostics(params.uri, state)
    .filter((d) => d.severity === 'error' && !SIGNING_RULES.has(d.rule)).length;
  const signature = checkSignature(state.plan, params, service.today());
  if ('refused' in signature) return { edits: [], errors, refused: signature.refused };
  if (errors > 0 && !params.allowErrors) return { edits: [], errors };
  const result = signPlan(state.plan, signature);
  if ('refused' in result) return { edits: [], errors, refused: result.refused };
  return { edits: [changeEdit(state.plan.text, result.text)], errors, date: signature.date };
}

/** What Sign Plan… offers before it asks: the plan's clinician as name and credentials, today, the earliest date. */
export function signDefaultsOf(service: PlanService, params: SignDefaultsParams): SignDefaultsResult | null {
  const state = service.stateOf(params.uri);
  if (!state) return null;
  const created = state.plan.meta.created?.value;
  return { ...signDefaults(state.plan), today: service.today(), ...(created ? { created } : {}) };
}

/** One edit that turns `before` into `after`: the span between their common start and end. */
function changeEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const lines = new LineIndex(before);
  return {
    range: { start: lines.position(start), end: lines.position(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

export function toggle(service: PlanService, params: ToggleStepParams): TextEdit[] {
  const state = service.stateOf(params.uri);
  const edit = state && toggleStep(state.plan, params.line);
  return edit ? [edit] : [];
}

export function render(service: PlanService, params: RenderParams): RenderResult | null {
  const state = service.stateOf(params.uri);
  if (!state) return null;
  const diagnostics = service.planDiagnostics(params.uri, state);
  const options = {
    mode: 'preview' as const,
    today: service.today(),
    library: state.resolution.library,
    diagnostics,
    audit: auditPlan(state.plan, state.resolution.config, diagnostics),
    ...(params.script ? { script: params.script } : {}),
  };
  // The body alone for a live update; the whole page (with CSP and script) to open the preview.
  const html = params.body
    ? renderBodyHtml(state.plan, options)
    : renderHtml(state.plan, { ...options, bodyData: { uri: encodeURI(params.uri) } });
  return { html, version: state.version };
}

export function exported(service: PlanService, params: ExportParams): ExportResult | null {
  const state = service.stateOf(params.uri);
  const exporter = exporterOf(params.format);
  if (!state || !exporter) return null;
  const { library } = state.resolution;
  const readiness = readinessOf(service.planDiagnostics(params.uri, state));
  const status = { ready: readiness.ready, errors: readiness.errors, blocking: blockingSummary(readiness) };
  return { text: exporter.render(state.plan, { today: service.today(), library, readiness }), ...status };
}

/** The plan's text before (had from git by the language server), and what that version is, for the heading. */
export interface ChangesSince {
  uri: string;
  oldText: string;
  /** "the last commit", "it was signed on 2026-11-02". */
  since: string;
}

export function summarizeChanges(service: PlanService, params: ChangesSince): SummarizeChangesResult | null {
  const state = service.stateOf(params.uri);
  if (!state) return null;
  const changes = diffPlans(parsePlan(params.oldText), state.plan);
  return {
    markdown: markdownSummary(changes, `Changes since ${params.since}`),
    summary: revisionSummary(changes),
    changes: changes.length,
  };
}
