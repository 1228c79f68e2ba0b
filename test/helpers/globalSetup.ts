// Builds the bundles before the suites that run them as child processes,
// unless they are newer than every source they are built from (`npm test`
// has just built them; two projects share this setup).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const OUTPUTS = [
  'dist/cli.js',
  'dist/tplan.js',
  'dist/server.js',
  'dist/language-server.js',
  'dist/core.js',
  'dist/client/extension.js',
];
const SOURCES = ['server/src', 'server/modules', 'server/data', 'client/src', 'scripts', 'package.json'];

function newest(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

function fresh(): boolean {
  try {
    const built = Math.min(...OUTPUTS.map((f) => statSync(path.join(ROOT, f)).mtimeMs));
    return SOURCES.every((s) => newest(path.join(ROOT, s)) <= built);
  } catch {
    return false;
  }
}

export default function setup(): void {
  if (!fresh()) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
