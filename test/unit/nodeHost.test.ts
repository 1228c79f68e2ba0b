// Node's file system as the core's host: a read that fails says why, and a
// path that changes under it (a checkout in the editor's folder) is a result,
// never an exception.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeHost } from '../../server/src/node/nodeHost';

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tplan-host-'));

describe('nodeHost.readText', () => {
  it('tells a link that leads nowhere from a path that is not there', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.plan.md'), 'text');
    fs.symlinkSync('gone.plan.md', path.join(dir, 'dangling'));
    fs.symlinkSync('a.plan.md/x', path.join(dir, 'through'));
    fs.symlinkSync('loop', path.join(dir, 'loop'));
    const read = (name: string) => nodeHost.readText(path.join(dir, name), 1000);
    expect(read('dangling')).toEqual({ failure: 'broken-link' });
    expect(read('through')).toEqual({ failure: 'broken-link' });
    expect(read('loop')).toEqual({ failure: 'broken-link' });
    // Not links themselves: a missing name, a name under a file, a name under a looping folder.
    expect(read('nothing')).toEqual({ failure: 'missing' });
    expect(read('a.plan.md/x')).toEqual({ failure: 'missing' });
    expect(read('loop/x')).toEqual({ failure: 'missing' });
    expect(read('a.plan.md')).toEqual({ text: 'text' });
  });

  it('answers "missing" when the path cannot be looked at after the open failed', () => {
    const dir = folder();
    vi.spyOn(fs, 'lstatSync').mockImplementation(() => {
      throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
    });
    syncBuiltinESMExports();
    expect(nodeHost.readText(path.join(dir, 'gone', 'x.plan.md'), 1000)).toEqual({ failure: 'missing' });
  });
});
