// Diagnostics of the workspace's plans that are not open (pull diagnostics):
// every plan below the workspace folders, read through the host.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { READ_LIMITS } from '../host/host';
import { markdownFiles } from '../host/walk';
import type { Diagnostic } from '../lint/diagnostic';
import { lint } from '../lint/lint';
import { parsePlan } from '../plan/parsePlan';
import type { PlanService } from './service';

export interface FileDiagnostics {
  readonly uri: string;
  readonly diagnostics: readonly Diagnostic[];
}

export function workspaceDiagnostics(service: PlanService): FileDiagnostics[] {
  const out: FileDiagnostics[] = [];
  for (const folder of service.workspaceFolders) {
    // A folder that cannot be read is skipped: the others are still checked.
    for (const rel of markdownFiles(service.host, folder)) {
      const file = path.join(folder, rel);
      const uri = pathToFileURL(file).href;
      if (service.documents.get(uri)) continue; // open plans get pushed diagnostics
      const read = service.host.readText(file, READ_LIMITS.plan);
      if (!('text' in read) || !service.isPlan(uri, read.text)) continue;
      const { config, library } = service.resolutionFor(uri);
      const diagnostics = lint(parsePlan(read.text), { today: service.today(), config, library, fileName: file });
      out.push({ uri, diagnostics });
    }
  }
  return out;
}
