// The workspace's plans as caseload rows (features/caseload.ts), for the
// Plans view and the status bar. An open plan's row comes from its current
// version; a plan on disk is read through the host and checked once per text,
// day and config: the view asks again after every save, and only the plan
// that changed is checked again.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlanConfig } from '../config/config';
import { CASELOAD_GROUPS, GROUP_TITLES, caseloadRow, compareRows, headline } from '../features/caseload';
import { READ_LIMITS } from '../host/host';
import { markdownFiles } from '../host/walk';
import { lint } from '../lint/lint';
import { parsePlan } from '../plan/parsePlan';
import { isIsoDate } from '../plan/dates';
import type { Plan } from '../plan/model';
import type { CaseloadGroupInfo, CaseloadItem } from '../protocol';
import { textHash } from '../base/hash';
import { Lru } from '../base/memo';
import { fsPath, type PlanService } from './service';
import { finish } from './workspace';

/** Rows of plans on disk, per config object (a new config, after a settings or file change, starts afresh). */
const cached = new WeakMap<PlanConfig, Lru<string, CaseloadItem>>();

function item(uri: string, file: string, row: ReturnType<typeof caseloadRow>, plan: Plan): CaseloadItem {
  const lastSigned = lastSignatureDate(plan);
  return { ...row, uri, file, headline: headline(row), ...(lastSigned ? { lastSigned } : {}) };
}

/** The latest date among the plan's signatures, read as the format reads them (a date that is not one is passed over). */
function lastSignatureDate(plan: Plan): string | undefined {
  return (plan.meta.signatures?.value ?? [])
    .map((s) => s.date?.value)
    .filter((d): d is string => typeof d === 'string' && isIsoDate(d))
    .sort()
    .at(-1);
}

/** The Plans view's groups, in the order shown, with their titles. */
export function caseloadGroups(): CaseloadGroupInfo[] {
  return CASELOAD_GROUPS.map((id) => ({ id, title: GROUP_TITLES[id] }));
}

/** The row of an open plan, from the version being edited; null when it is not an open plan. */
export function planStatus(service: PlanService, uri: string): CaseloadItem | null {
  const state = service.stateOf(uri);
  if (!state) return null;
  const weeks = state.resolution.config.notImprovingWeeks;
  const row = caseloadRow(uri, state.plan, service.planDiagnostics(uri, state), service.today(), undefined, weeks);
  return item(uri, displayName(service, uri), row, state.plan);
}

/** A plan's path relative to its workspace folder. */
function displayName(service: PlanService, uri: string): string {
  const file = decodeURIComponent(new URL(uri).pathname);
  const folder = service.workspaceFolders.find((f) => file.startsWith(`${f}${path.sep}`) || file.startsWith(`${f}/`));
  return folder ? path.relative(folder, file) : path.basename(file);
}

/** The last full listing of each service, by URI: what a listing of changed plans starts from. */
const listed = new WeakMap<PlanService, Map<string, CaseloadItem>>();

/**
 * Every plan of the workspace, most urgent first. With `changed` (URIs saved,
 * created or deleted since the last listing), only those are read again.
 */
export function caseload(service: PlanService, changed?: readonly string[]): CaseloadItem[] {
  return finish(caseloadSteps(service, changed));
}

/** The same, a step per file read: the language server lets a cancellation in between (lsp/stepwise.ts). */
export function* caseloadSteps(service: PlanService, changed?: readonly string[]): Generator<void, CaseloadItem[]> {
  const last = listed.get(service);
  if (!changed || !last) {
    const rows = new Map<string, CaseloadItem>();
    for (const folder of service.workspaceFolders)
      for (const rel of markdownFiles(service.host, folder)) {
        yield;
        const file = path.join(folder, rel);
        const row = rowOf(service, file, rel);
        if (row) rows.set(row.uri, row);
      }
    listed.set(service, rows);
    return [...rows.values()].sort(compareRows);
  }
  for (const uri of changed) {
    const file = fsPath(uri);
    const folder = file && service.workspaceFolders.find((f) => file.startsWith(`${f}${path.sep}`));
    const row = folder ? rowOf(service, file, path.relative(folder, file)) : undefined;
    if (row) last.set(row.uri, row);
    // The editor's spelling of a URI may differ from ours (percent-encoding): forget by the file's.
    else last.delete(file ? pathToFileURL(file).href : uri);
  }
  return [...last.values()].sort(compareRows);
}

/** A plan's row: from the editor when it is open, else from the file (cached per text, day and config). */
function rowOf(service: PlanService, file: string, rel: string): CaseloadItem | undefined {
  const today = service.today();
  const uri = pathToFileURL(file).href;
  const open = service.documents.get(uri) ? planStatus(service, uri) : null;
  if (open) return { ...open, file: rel };
  const read = service.host.readText(file, READ_LIMITS.plan);
  if (!('text' in read) || !service.isPlan(uri, read.text)) return undefined;
  const { config, library } = service.resolutionFor(uri);
  let rows = cached.get(config);
  if (!rows) cached.set(config, (rows = new Lru(5_000)));
  const key = `${uri}\u0000${today}\u0000${textHash(read.text)}`;
  let row = rows.get(key);
  if (!row) {
    const plan = parsePlan(read.text);
    const diagnostics = lint(plan, { today, config, library, fileName: file });
    row = item(uri, rel, caseloadRow(rel, plan, diagnostics, today, undefined, config.notImprovingWeeks), plan);
    rows.set(key, row);
  }
  return row;
}
