// The workspace's plans as caseload rows (features/caseload.ts), for the
// Plans view and the status bar. An open plan's row comes from its current
// version; a plan on disk is read through the host and checked once per text,
// day and config: the view asks again after every save, and only the plan
// that changed is checked again.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlanConfig } from '../config/config';
import { caseloadRow, compareRows, headline } from '../features/caseload';
import { READ_LIMITS } from '../host/host';
import { markdownFiles } from '../host/walk';
import { lint } from '../lint/lint';
import { parsePlan } from '../plan/parsePlan';
import type { CaseloadItem } from '../protocol';
import { textHash } from '../text/hash';
import { Lru } from '../text/memo';
import type { PlanService } from './service';

/** Rows of plans on disk, per config object (a new config, after a settings or file change, starts afresh). */
const cached = new WeakMap<PlanConfig, Lru<string, CaseloadItem>>();

function item(uri: string, file: string, row: ReturnType<typeof caseloadRow>): CaseloadItem {
  return { ...row, uri, file, headline: headline(row) };
}

/** The row of an open plan, from the version being edited; null when it is not an open plan. */
export function planStatus(service: PlanService, uri: string): CaseloadItem | null {
  const state = service.stateOf(uri);
  if (!state) return null;
  const row = caseloadRow(uri, state.plan, service.planDiagnostics(uri, state), service.today());
  return item(uri, displayName(service, uri), row);
}

/** A plan's path relative to its workspace folder. */
function displayName(service: PlanService, uri: string): string {
  const file = decodeURIComponent(new URL(uri).pathname);
  const folder = service.workspaceFolders.find((f) => file.startsWith(`${f}${path.sep}`) || file.startsWith(`${f}/`));
  return folder ? path.relative(folder, file) : path.basename(file);
}

/** Every plan of the workspace, most urgent first. */
export function caseload(service: PlanService): CaseloadItem[] {
  const today = service.today();
  const out: CaseloadItem[] = [];
  for (const folder of service.workspaceFolders) {
    for (const rel of markdownFiles(service.host, folder)) {
      const file = path.join(folder, rel);
      const uri = pathToFileURL(file).href;
      const open = service.documents.get(uri) ? planStatus(service, uri) : null;
      if (open) {
        out.push({ ...open, file: rel });
        continue;
      }
      const read = service.host.readText(file, READ_LIMITS.plan);
      if (!('text' in read) || !service.isPlan(uri, read.text)) continue;
      const { config, library } = service.resolutionFor(uri);
      let rows = cached.get(config);
      if (!rows) cached.set(config, (rows = new Lru(5_000)));
      const key = `${uri}\u0000${today}\u0000${textHash(read.text)}`;
      let row = rows.get(key);
      if (!row) {
        const plan = parsePlan(read.text);
        const diagnostics = lint(plan, { today, config, library, fileName: file });
        row = item(uri, rel, caseloadRow(rel, plan, diagnostics, today));
        rows.set(key, row);
      }
      out.push(row);
    }
  }
  return out.sort(compareRows);
}
