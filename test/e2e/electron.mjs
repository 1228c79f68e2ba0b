// The same extension-host suite in a downloaded VS Code, with
// @vscode/test-electron: for machines that can reach VS Code's download
// servers (this project's CI cannot; it uses test/e2e/run.mjs and code-server).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--e2e'], { stdio: 'inherit' });
const workspace = mkdtempSync(path.join(tmpdir(), 'tplan-e2e-ws-'));
cpSync(path.join(root, 'examples'), workspace, { recursive: true });
writeFileSync(
  path.join(workspace, 'no-methods.plan.md'),
  '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] \n',
);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist', 'test', 'e2e', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} finally {
  try {
    for (const r of JSON.parse(readFileSync(path.join(workspace, '.e2e-results.json'), 'utf8')))
      console.log(`${r.ok ? '✓' : '✗'} ${r.name}`);
  } catch {
    // The suite did not get to write results.
  }
}
