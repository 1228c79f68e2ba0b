// What README.md tells a clinician to install: `npm pack` and a global install
// of the tarball, with --ignore-scripts. That holds only if the tarball
// carries every file the two commands load, built: the packed file list
// (without building: --ignore-scripts) against the bins and what they read.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

describe('the packed tarball README.md installs', () => {
  it('holds both commands and every bundle they load, and no sources', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(path.posix.normalize(bin));
    // dist/cli.js and dist/server.js load these, each with its code cache (scripts/loader.cjs).
    const loader = readFileSync(path.join(ROOT, 'scripts', 'loader.cjs'), 'utf8');
    const bundles = [...loader.matchAll(/: '([\w-]+\.js)'/g)].map((m) => m[1]!);
    expect(bundles).toEqual(['tplan.js', 'language-server.js']);
    for (const name of bundles) expect(files).toEqual(expect.arrayContaining([`dist/${name}`, `dist/${name}.cache`]));
    // The built-in library and the rule pages the server links to offline.
    expect([...files].some((f) => f.startsWith('server/modules/'))).toBe(true);
    expect([...files].some((f) => f.startsWith('docs/rules/'))).toBe(true);
    expect([...files].filter((f) => f.startsWith('server/src/') || f.startsWith('test/'))).toEqual([]);
    // The README says so.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm install -g --ignore-scripts ./treatment-plan-markdown-*.tgz');
    expect(readme).toMatch(/links\*? the global commands to this clone/);
  });
});
