// The parameters each request takes, checked before it is answered: a
// request whose parameters are missing or of the wrong kind is answered with
// JSON-RPC's -32602 (invalid params) and says which one, instead of failing
// inside the service with an internal error. Names only, never values.

import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import * as P from '../protocol';
import { SIGNATURE_METHODS, SIGNATURE_ROLES } from '../base/values';

/** What is wrong with a value (`at` names it), or undefined: a kind no other form says. */
type Check = (value: unknown, at: string) => string | undefined;

/** A field's kind: a JSON type, a line number, a list of strings, one of some strings, an object of fields, or a check. */
type Kind = 'string' | 'boolean' | 'line' | 'strings' | readonly string[] | Fields | Check;
interface Fields {
  readonly [name: string]: { kind: Kind; optional?: true };
}

const req = (kind: Kind) => ({ kind });
const opt = (kind: Kind) => ({ kind, optional: true as const });
const position = req({ line: req('line'), character: req('line') });
// Summarize Changes since the last commit, or since a signature's day.
const since: Check = (value, at) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? ('commit' in value && value.commit === 'HEAD') || ('signed' in value && typeof value.signed === 'string')
      ? undefined
      : `${at} must be { commit: 'HEAD' } or { signed: a date }`
    : `${at} must be an object`;
const document = req({ uri: req('string') });

/** Each request's parameters; `optional`: the parameters may be left out (or null) as a whole. */
const PARAMS: Readonly<Record<string, { fields: Fields; optional?: true }>> = {
  'textDocument/completion': { fields: { textDocument: document, position } },
  'textDocument/hover': { fields: { textDocument: document, position } },
  'textDocument/documentSymbol': { fields: { textDocument: document } },
  'textDocument/foldingRange': { fields: { textDocument: document } },
  'textDocument/codeLens': { fields: { textDocument: document } },
  'textDocument/codeAction': {
    fields: {
      textDocument: document,
      range: req({ start: position, end: position }),
      context: req({ only: opt('strings') }),
    },
  },
  [P.Modules.method]: { optional: true, fields: { uri: opt('string') } },
  [P.NewPlan.method]: {
    fields: {
      uri: opt('string'),
      modules: req('strings'),
      style: req(['formal', 'informal']),
      payer: opt(['insurance', 'self-pay', 'other']),
      severity: req(['mild', 'moderate', 'severe']),
      diagnoses: opt('strings'),
    },
  },
  [P.ModuleSnippet.method]: { fields: { uri: req('string'), id: req('string') } },
  [P.AddRevision.method]: { fields: { uri: req('string'), summary: req('string') } },
  [P.ToggleStep.method]: { fields: { uri: req('string'), line: req('line') } },
  [P.SignPlan.method]: {
    fields: {
      uri: req('string'),
      role: req(SIGNATURE_ROLES),
      name: opt('string'),
      credentials: opt('string'),
      method: opt(SIGNATURE_METHODS),
      witness: opt('string'),
      date: opt('string'),
      allowErrors: opt('boolean'),
    },
  },
  [P.SignDefaults.method]: { fields: { uri: req('string') } },
  [P.Render.method]: {
    fields: {
      uri: req('string'),
      body: opt('boolean'),
      script: opt({ nonce: req('string'), src: req('string'), cspSource: req('string') }),
    },
  },
  [P.Export.method]: { fields: { uri: req('string'), format: req(P.EXPORT_FORMATS.map((f) => f.id)) } },
  [P.Caseload.method]: { optional: true, fields: { changed: opt('strings') } },
  [P.PlanStatus.method]: { fields: { uri: req('string') } },
  [P.SummarizeChanges.method]: { fields: { uri: req('string'), since: req(since) } },
  [P.CaseloadGroups.method]: { optional: true, fields: {} },
  [P.PlanFileName.method]: { fields: { name: req('string') } },
  [P.Memory.method]: { optional: true, fields: { gc: opt('boolean') } },
};

/** Why a request's parameters cannot be answered, in words, or undefined when they can (or the method is not checked here). */
export function invalidParams(method: string, params: unknown): string | undefined {
  const spec = PARAMS[method];
  if (!spec) return undefined;
  if (params === undefined || params === null) return spec.optional ? undefined : `${method} needs its parameters`;
  const problem = check(params, spec.fields, 'params');
  return problem && `${method}: ${problem}`;
}

function check(value: unknown, kind: Kind, at: string): string | undefined {
  if (typeof kind === 'function') return kind(value, at);
  if (kind === 'string') return typeof value === 'string' ? undefined : `${at} must be a string`;
  if (kind === 'boolean') return typeof value === 'boolean' ? undefined : `${at} must be true or false`;
  if (kind === 'line')
    return Number.isInteger(value) && (value as number) >= 0 ? undefined : `${at} must be a whole number, 0 or more`;
  if (kind === 'strings')
    return Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? undefined
      : `${at} must be a list of strings`;
  if (Array.isArray(kind))
    return kind.includes(value as string) ? undefined : `${at} must be one of ${kind.join(', ')}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${at} must be an object`;
  for (const [name, field] of Object.entries(kind as Fields)) {
    const v = (value as Record<string, unknown>)[name];
    if (v === undefined && field.optional) continue;
    if (v === undefined) return `${at}.${name} is missing`;
    const problem = check(v, field.kind, `${at}.${name}`);
    if (problem) return problem;
  }
  return undefined;
}

/** Throws -32602 (invalid params) for parameters of the wrong kind: not an internal error deep in the service. */
export function checkParams(method: string, params: unknown): void {
  const problem = invalidParams(method, params);
  if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
}
