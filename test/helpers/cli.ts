// Runs `tplan` in process with a fixed clock, collecting its output.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

export function runCli(args: string[], cwd: string, now = '2026-11-29T12:00:00') {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    cwd,
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    color: false,
    now: () => new Date(now),
    version: '0',
  });
  return { code, stdout, stderr };
}

/** A temporary folder holding these files (paths relative to it; folders made as needed). */
export function workspace(files: Record<string, string> = {}, prefix = 'tplan-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
