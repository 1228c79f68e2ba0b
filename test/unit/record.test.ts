// The record of a lint run (cli/record.ts): what keys it, and what it saw.
import { realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheFileText,
  firstLineOf,
  runKey,
  startRecording,
  stillSeen,
  type RunFacts,
} from '../../server/src/cli/record';
import { nodeHost } from '../../server/src/node/nodeHost';
import { workspace } from '../helpers/cli';

const FACTS: RunFacts = {
  argv: ['lint', '--cache', 'plans'],
  cwd: '/home/clinician/caseload',
  color: false,
  now: new Date(2026, 10, 29, 9, 0),
  tool: '0.1.0 1004229 1764400000000',
};
const ENV = { LANG: 'en_US.UTF-8', TZ: 'America/Chicago' };

describe('the key of a lint run', () => {
  it('is the same for the same run later that day, and differs for anything its output depends on', () => {
    const key = runKey(FACTS, ENV);
    expect(runKey({ ...FACTS, now: new Date(2026, 10, 29, 23, 59) }, ENV)).toBe(key);
    const others: Array<[string, string]> = [
      ['arguments', runKey({ ...FACTS, argv: ['lint', '--cache', 'plans', '--quiet'] }, ENV)],
      ['argument order', runKey({ ...FACTS, argv: ['lint', 'plans', '--cache'] }, ENV)],
      ['folder', runKey({ ...FACTS, cwd: '/home/clinician' }, ENV)],
      ['colour', runKey({ ...FACTS, color: true }, ENV)],
      ['day', runKey({ ...FACTS, now: new Date(2026, 10, 30, 0, 1) }, ENV)],
      ['build', runKey({ ...FACTS, tool: '0.1.0 1004230 1764400000000' }, ENV)],
      ['locale', runKey(FACTS, { ...ENV, LANG: 'sv_SE.UTF-8' })],
      ['LC_ALL', runKey(FACTS, { ...ENV, LC_ALL: 'C' })],
      ['time zone', runKey(FACTS, { ...ENV, TZ: 'UTC' })],
    ];
    for (const [what, other] of others) expect(other, what).not.toBe(key);
  });
});

describe('a recording', () => {
  it('notes each call once with what it saw, and leaves the ignored file out', () => {
    const dir = workspace({ 'a.plan.md': 'one', cache: '{}' });
    const recording = startRecording('k', path.join(dir, 'cache'));
    nodeHost.readText(path.join(dir, 'a.plan.md'), 100);
    nodeHost.readText(path.join(dir, 'a.plan.md'), 100);
    nodeHost.readText(path.join(dir, 'cache'), 100);
    nodeHost.kind(path.join(dir, '.planrc.yaml'));
    nodeHost.readDirectory(dir);
    const record = recording.finish(0)!;
    expect(record.calls.map(([op, file, max]) => [op, path.basename(file), max])).toEqual([
      ['read', 'a.plan.md', 100],
      ['kind', '.planrc.yaml', 0],
      ['dir', path.basename(dir), 0],
    ]);
    expect(record.calls[1]![3]).toBe('none');
    expect(stillSeen(record.calls)).toBe(true);
    // Not recording any more.
    nodeHost.kind(path.join(dir, 'b.plan.md'));
    expect(recording.finish(0)!.calls).toHaveLength(3);

    writeFileSync(path.join(dir, 'a.plan.md'), 'two');
    expect(stillSeen(record.calls)).toBe(false);
    writeFileSync(path.join(dir, 'a.plan.md'), 'one');
    writeFileSync(path.join(dir, '.planrc.yaml'), '');
    expect(stillSeen(record.calls)).toBe(false);
  });

  it('sees a real path change when a plan or a folder above it becomes a link', () => {
    const dir = realpathSync(workspace({ 'plans/a.plan.md': 'one', 'copy/a.plan.md': 'one', 'b.plan.md': 'two' }));
    const plan = path.join(dir, 'plans', 'a.plan.md');
    symlinkSync(path.join(dir, 'b.plan.md'), path.join(dir, 'link.plan.md'));
    const recording = startRecording('k', '');
    for (const file of [plan, path.join(dir, 'link.plan.md'), path.join(dir, 'none.plan.md')]) nodeHost.realPath(file);
    const calls = recording.finish(0)!.calls;
    expect(calls.map((c) => c[3])).toEqual([plan, path.join(dir, 'b.plan.md'), 'none']);
    expect(stillSeen(calls)).toBe(true);
    // The plan replaced by a link to a file of the same text.
    renameSync(plan, path.join(dir, 'moved.plan.md'));
    symlinkSync(path.join(dir, 'copy', 'a.plan.md'), plan);
    expect(stillSeen(calls)).toBe(false);
    rmSync(plan);
    renameSync(path.join(dir, 'moved.plan.md'), plan);
    expect(stillSeen(calls)).toBe(true);
    // The folder above it replaced by a link to a folder holding the same.
    renameSync(path.join(dir, 'plans'), path.join(dir, 'old'));
    symlinkSync(path.join(dir, 'copy'), path.join(dir, 'plans'));
    expect(stillSeen(calls)).toBe(false);
    rmSync(path.join(dir, 'plans'));
    renameSync(path.join(dir, 'old'), path.join(dir, 'plans'));
    expect(stillSeen(calls)).toBe(true);
    // The link pointed elsewhere; the missing plan written.
    rmSync(path.join(dir, 'link.plan.md'));
    symlinkSync(plan, path.join(dir, 'link.plan.md'));
    expect(stillSeen(calls)).toBe(false);
    rmSync(path.join(dir, 'link.plan.md'));
    symlinkSync(path.join(dir, 'b.plan.md'), path.join(dir, 'link.plan.md'));
    expect(stillSeen(calls)).toBe(true);
    writeFileSync(path.join(dir, 'none.plan.md'), '');
    expect(stillSeen(calls)).toBe(false);

    // As a folder's walk records them: the listing first, then each plan's real path.
    const walk = startRecording('k', '');
    nodeHost.readDirectory(path.join(dir, 'plans'));
    nodeHost.realPath(plan);
    const walked = walk.finish(0)!.calls;
    expect(stillSeen(walked)).toBe(true);
    renameSync(plan, path.join(dir, 'moved.plan.md'));
    symlinkSync(path.join(dir, 'copy', 'a.plan.md'), plan);
    expect(stillSeen(walked)).toBe(false);
    expect(stillSeen(walked.slice(1))).toBe(false);
  });

  it('makes no record when a file changed while the run read it', () => {
    const dir = workspace({ 'a.plan.md': 'one' });
    const recording = startRecording('k', path.join(dir, 'cache'));
    nodeHost.readText(path.join(dir, 'a.plan.md'), 100);
    writeFileSync(path.join(dir, 'a.plan.md'), 'two');
    nodeHost.readText(path.join(dir, 'a.plan.md'), 100);
    recording.print(1, 'findings');
    expect(recording.finish(0)).toBeUndefined();
  });
});

describe('the cache file', () => {
  it('is one JSON document in ASCII whose first line holds the format and the record', () => {
    const run = { key: 'k', calls: [], printed: [[1, '✖ 2 problems (1 error) in Zoë’s plan'] as [1, string]], code: 1 };
    const entries = { '/p/a.plan.md': { key: 'x', diagnostics: [{ message: 'Step “Walk” has no date' }] } };
    const text = cacheFileText(entries, run);
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    expect(text.split('\n')).toHaveLength(3);
    expect(JSON.parse(text)).toEqual({ format: 'tplan-lint-cache/1', run, entries });
    expect(firstLineOf(text)).toEqual({ format: 'tplan-lint-cache/1', run });
    expect(firstLineOf(cacheFileText(entries, undefined))).toEqual({ format: 'tplan-lint-cache/1' });
    expect(firstLineOf('{"format":"tplan-lint-cache/1"}')).toBeUndefined();
    expect(firstLineOf('not json\n')).toBeUndefined();
  });
});
