// Diagnostics of the workspace's plans that are not open (pull diagnostics):
// every plan below the workspace folders, read through the host. A client
// pulls them again and again (VS Code: two seconds after each answer), so a
// plan whose text did not change since the client's last result is answered
// "unchanged" without being checked again.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { READ_LIMITS } from '../host/host';
import { markdownFiles } from '../host/walk';
import type { Diagnostic } from '../base/diagnostic';
import { lint } from '../lint/lint';
import { parsePlan } from '../plan/parsePlan';
import { textHash } from '../base/hash';
import type { PlanService } from './service';

export type FileDiagnostics =
  | { readonly uri: string; readonly resultId: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly uri: string; readonly resultId: string; readonly unchanged: true };

/**
 * The plans' diagnostics. `previous` holds the client's last result id for
 * each URI; `generation` changes whenever settings or config files do, which
 * makes every earlier result stale.
 */
export function workspaceDiagnostics(
  service: PlanService,
  previous: ReadonlyMap<string, string> = new Map(),
  generation = 0,
): FileDiagnostics[] {
  return finish(workspaceDiagnosticSteps(service, previous, generation));
}

/** The same, a step per file read: the language server lets a cancellation in between (lsp/stepwise.ts). */
export function* workspaceDiagnosticSteps(
  service: PlanService,
  previous: ReadonlyMap<string, string> = new Map(),
  generation = 0,
): Generator<void, FileDiagnostics[]> {
  const out: FileDiagnostics[] = [];
  for (const folder of service.workspaceFolders) {
    // A folder that cannot be read is skipped: the others are still checked.
    for (const rel of markdownFiles(service.host, folder)) {
      const file = path.join(folder, rel);
      const uri = pathToFileURL(file).href;
      if (service.documents.get(uri)) continue; // open plans are checked as they are edited
      yield;
      const read = service.host.readText(file, READ_LIMITS.plan);
      if (!('text' in read) || !service.isPlan(uri, read.text)) continue;
      // "Today" is part of the result: a step becomes overdue without an edit.
      const resultId = `${generation}:${service.today()}:${textHash(read.text)}`;
      if (previous.get(uri) === resultId) {
        out.push({ uri, resultId, unchanged: true });
        continue;
      }
      const { config, library } = service.resolutionFor(uri);
      const diagnostics = lint(parsePlan(read.text), { today: service.today(), config, library, fileName: file });
      out.push({ uri, resultId, diagnostics });
    }
  }
  return out;
}

/** Runs steps to their result at once. */
export function finish<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
