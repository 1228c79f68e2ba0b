// The requests the language server answers from a plan service, by method:
// one table for the main thread and for the worker that holds big plans, so
// both answer a request the same way.

import { CodeActionKind } from 'vscode-languageserver/node';
import * as P from '../protocol';
import { FIX_ALL } from '../service/actions';
import { caseloadGroups, caseloadSteps, planStatus } from '../service/caseload';
import { actionsFor, completionAt, foldsOf, hoverAt, lensesOf, symbolsOf } from '../service/features';
import * as requests from '../service/requests';
import type { PlanService } from '../service/service';
import { docsUrl, toCodeAction, toCompletionItem, toDocumentSymbol } from './convert';
import { changesSince } from './history';

type Handler = (service: PlanService, params: never) => unknown;

interface DocumentParams {
  textDocument: { uri: string };
}
interface Positioned extends DocumentParams {
  position: { line: number; character: number };
}
interface ActionParams extends DocumentParams {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  context: { only?: string[] };
}

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL];

export const HANDLERS: Record<string, Handler> = {
  'textDocument/completion': (s, p: Positioned) =>
    completionAt(s, p.textDocument.uri, p.position).map(toCompletionItem),
  'textDocument/hover': (s, p: Positioned) => {
    const h = hoverAt(s, p.textDocument.uri, p.position, docsUrl);
    return h ? { contents: { kind: 'markdown', value: h.contents }, ...(h.range ? { range: h.range } : {}) } : null;
  },
  'textDocument/documentSymbol': (s, p: DocumentParams) => symbolsOf(s, p.textDocument.uri).map(toDocumentSymbol),
  'textDocument/foldingRange': (s, p: DocumentParams) => foldsOf(s, p.textDocument.uri),
  'textDocument/codeLens': (s, p: DocumentParams) =>
    lensesOf(s, p.textDocument.uri).map((l) => ({ range: l.range, command: { title: l.title, command: '' } })),
  'textDocument/codeAction': (s, p: ActionParams) =>
    actionsFor(s, p.textDocument.uri, { range: p.range, ...(p.context.only ? { only: p.context.only } : {}) }).map(
      (a) => toCodeAction(a, p.textDocument.uri),
    ),
  [P.Modules.method]: (s, p: P.ModulesParams | undefined) => requests.modules(s, p),
  [P.NewPlan.method]: (s, p: P.NewPlanParams) => requests.newPlan(s, p),
  [P.ModuleSnippet.method]: (s, p: P.ModuleSnippetParams) => requests.snippetOf(s, p),
  [P.AddRevision.method]: (s, p: P.AddRevisionParams) => requests.revision(s, p),
  [P.SignPlan.method]: (s, p: P.SignParams) => requests.sign(s, p),
  [P.SignDefaults.method]: (s, p: P.SignDefaultsParams) => requests.signDefaultsOf(s, p),
  [P.ToggleStep.method]: (s, p: P.ToggleStepParams) => requests.toggle(s, p),
  [P.Render.method]: (s, p: P.RenderParams) => requests.render(s, p),
  [P.Export.method]: (s, p: P.ExportParams) => requests.exported(s, p),
  [P.PlanStatus.method]: (s, p: P.PlanStatusParams) => planStatus(s, p.uri),
  [P.SummarizeChanges.method]: (s, p: P.SummarizeChangesParams) => changesSince(s, p),
  [P.CaseloadGroups.method]: () => caseloadGroups(),
  [P.PlanFileName.method]: (_s, p: P.PlanFileNameParams) => requests.planFileNameProblem(p.name),
};

/** Long requests, answered a file at a time so that a cancellation is seen (stepwise.ts): the main thread's. */
export const STEPWISE: Record<string, (service: PlanService, params: never) => Iterator<unknown, unknown>> = {
  [P.Caseload.method]: (s, p: P.CaseloadParams | undefined) => caseloadSteps(s, p?.changed),
};

/** Requests about the workspace, not one document: always the main thread's. */
const WORKSPACE_WIDE = new Set<string>([
  P.Caseload.method,
  P.CaseloadGroups.method,
  P.NewPlan.method,
  P.PlanFileName.method,
  P.Memory.method,
]);

/** The open document a request is about, when it is about one. */
export function documentOf(method: string, params: unknown): string | undefined {
  if (WORKSPACE_WIDE.has(method) || typeof params !== 'object' || params === null) return undefined;
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown };
  const uri = p.textDocument?.uri ?? p.uri;
  return typeof uri === 'string' ? uri : undefined;
}
