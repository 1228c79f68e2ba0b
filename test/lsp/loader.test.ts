// The language server's executable loads its bundle with the V8 code cache the
// build made (scripts/loader.cjs, scripts/server-cache.cjs). V8 refuses a cache
// made under other flags, so the cache must be made with the flags the server
// always runs with (the shebang's, which the extension passes too); under any
// other flags the server compiles its bundle and answers the same.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

const DIST = path.join(ROOT, 'dist');
const ACCEPTED = `
const { readFileSync } = require('node:fs');
const { Script } = require('node:vm');
const { wrap } = require('node:module');
const file = ${JSON.stringify(path.join(DIST, 'language-server.js'))};
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(file + '.cache') });
process.stdout.write(String(!script.cachedDataRejected));
`;

describe('the language server executable', () => {
  it('finds its code cache accepted under the flags it runs with', () => {
    const shebang = readFileSync(path.join(DIST, 'server.js'), 'utf8').split('\n')[0]!;
    const flags = shebang.split(' ').filter((w) => w.startsWith('--'));
    expect(flags.length).toBeGreaterThan(0);
    const run = (f: string[]) => spawnSync(process.execPath, [...f, '-e', ACCEPTED], { encoding: 'utf8' }).stdout;
    expect(run(flags)).toBe('true');
    // Without them V8 refuses it: the flags are part of what the cache was made for.
    expect(run([])).toBe('false');
  });
});
