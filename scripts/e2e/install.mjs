// Installs what the real-VS-Code tests need into .cache/e2e (git-ignored),
// never into the project's dependencies: code-server 4.100.3 (VS Code 1.100.3,
// the newest on Node 20) and playwright-core. Debian's chromium and
// libkrb5-dev must be installed first (.ci/run does it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(root, '.cache', 'e2e');
const CODE_SERVER = path.join(CACHE, 'node_modules', '.bin', 'code-server');
const PLAYWRIGHT = path.join(CACHE, 'node_modules', 'playwright-core');

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', ...options });
}

export function install() {
  if (existsSync(CODE_SERVER) && existsSync(PLAYWRIGHT)) return;
  mkdirSync(CACHE, { recursive: true });
  // npm 11 runs no dependency's install scripts unless allowed: code-server
  // installs VS Code's own modules in its postinstall, argon2 builds natively.
  writeFileSync(
    path.join(CACHE, 'package.json'),
    `${JSON.stringify({ name: 'e2e-cache', private: true, allowScripts: { 'code-server': true, argon2: true, '@vscode/ripgrep': true, 'node-pty': true, kerberos: true, '@parcel/watcher': true, 'native-watchdog': true, '@vscode/spdlog': true, '@vscode/sqlite3': true, '@vscode/windows-registry': true } }, null, 2)}\n`,
  );
  // @vscode/ripgrep downloads rg from GitHub in its postinstall: seed its cache
  // with the rg of the npm package @vscode/ripgrep-linux-x64 instead.
  const tmp = mkdtempSync(path.join(tmpdir(), 'tplan-e2e-'));
  run('npm', ['pack', '@vscode/ripgrep-linux-x64@1.18.0', '--silent'], { cwd: tmp });
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  run('tar', ['xzf', tgz], { cwd: tmp });
  const cache = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cache, { recursive: true });
  copyFileSync(path.join(tmp, 'package', 'bin', 'rg'), path.join(tmp, 'rg'));
  run('tar', ['czf', path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), 'rg'], { cwd: tmp });
  const env = { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' };
  run(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '-E', 'code-server@4.100.3', 'playwright-core@1.64.1'],
    { cwd: CACHE, env },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) install();
