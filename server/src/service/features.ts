// The editor features of an open plan, from the core: completion, hover,
// outline, folding, code lenses and code actions.

import { complete, type Completion } from '../features/completion';
import { hover, type Hover } from '../features/hover';
import {
  documentSymbols,
  foldingRanges,
  goalLenses,
  type Fold,
  type GoalLens,
  type PlanSymbol,
} from '../features/outline';
import { fixText } from '../lint/fixes';
import { textChecker } from '../lint/lint';
import type { Position, TextEdit } from '../plan/model';
import { linesOf } from '../text/plan-text';
import { codeActions, type ActionRequest, type PlanCodeAction } from './actions';
import type { PlanService } from './service';

export function completionAt(service: PlanService, uri: string, position: Position): Completion[] {
  const state = service.stateOf(uri);
  if (!state) return [];
  const line = linesOf(state.plan).lineText(position.line);
  const { library, config } = state.resolution;
  return complete({
    plan: state.plan,
    position,
    line,
    library,
    today: service.today(),
    config,
    snippets: service.snippets,
  });
}

export function hoverAt(
  service: PlanService,
  uri: string,
  position: Position,
  docsUrl: (rule: string) => string,
): Hover | undefined {
  const state = service.stateOf(uri);
  if (!state) return undefined;
  const line = linesOf(state.plan).lineText(position.line);
  const diagnostics = service.planDiagnostics(uri, state);
  return hover(state.plan, position, line, state.resolution.library, diagnostics, docsUrl, service.today());
}

export function symbolsOf(service: PlanService, uri: string): PlanSymbol[] {
  const state = service.stateOf(uri);
  return state ? documentSymbols(state.plan) : [];
}

export function foldsOf(service: PlanService, uri: string): Fold[] {
  const state = service.stateOf(uri);
  return state ? foldingRanges(state.plan) : [];
}

export function lensesOf(service: PlanService, uri: string): GoalLens[] {
  const state = service.stateOf(uri);
  return state ? goalLenses(state.plan, service.today()) : [];
}

/** One edit that replaces the whole text with every fix applied, or undefined when nothing changes. */
export function fixAllEdits(service: PlanService, uri: string): TextEdit[] | undefined {
  const state = service.stateOf(uri);
  if (!state) return undefined;
  const text = state.plan.text;
  const result = fixText(text, textChecker(service.lintOptions(uri, state), state.plan));
  if (result.fixed === 0) return undefined;
  const end = linesOf(state.plan).position(text.length);
  return [{ range: { start: { line: 0, character: 0 }, end }, newText: result.text }];
}

export function actionsFor(service: PlanService, uri: string, request: ActionRequest): PlanCodeAction[] {
  const state = service.stateOf(uri);
  if (!state) return [];
  return codeActions(service.planDiagnostics(uri, state), request, () => fixAllEdits(service, uri));
}
