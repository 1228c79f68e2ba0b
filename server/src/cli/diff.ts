// `tplan diff OLD NEW` and `tplan diff FILE --git REV`: what changed between
// two versions of a plan, in the plan's words (history/diff.ts). Exit 0
// whether or not anything changed; 2 when it cannot run.

import * as path from 'node:path';
import { diffPlans, type Change } from '../history/diff';
import { describeChange, markdownSummary, revisionSummary } from '../history/summary';
import { parsePlan } from '../plan/parsePlan';
import { readPlanText, tooLarge } from './read';
import type { CliIo } from './context';
import { CliError } from './errors';
import { GitError, textAtRevision } from '../node/git';
import { visible } from './terminal';

export interface DiffValues {
  format?: string;
  git?: string;
}

export function diffCommand(files: readonly string[], values: DiffValues, io: CliIo): number {
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'markdown'].includes(format))
    throw new CliError(`--format must be stylish, json or markdown, not '${format}'`);
  const rev = values.git;
  const wanted = rev === undefined ? 2 : 1;
  if (files.length !== wanted)
    throw new CliError(
      rev === undefined
        ? 'diff needs two plan files: the old version and the new one (or one file and --git REV)'
        : 'diff --git REV needs one plan file',
    );
  const [first, second] = files as [string, string | undefined];
  const abs = (f: string) => path.resolve(io.cwd, f);
  const oldName = rev === undefined ? first : `${first} at ${rev}`;
  const newName = second ?? first;
  const oldText =
    rev === undefined
      ? readPlanText(abs(first), first, 'compare')
      : tooLarge(atRevision(abs(first), first, rev), oldName, 'compare');
  const newText = readPlanText(abs(newName), newName, 'compare');
  const old = parsePlan(oldText);
  // The new version reuses the parse of every section it holds unchanged.
  const changes = diffPlans(old, parsePlan(newText, { previous: old }));
  if (format === 'json') io.stdout(JSON.stringify({ old: oldName, new: newName, changes }, null, 2));
  else if (format === 'markdown') io.stdout(markdownSummary(changes, `Changes from ${oldName} to ${newName}`));
  else stylish(changes, oldName, newName, io);
  return 0;
}

function stylish(changes: readonly Change[], oldName: string, newName: string, io: CliIo): void {
  io.stdout(`${visible(oldName)} → ${visible(newName)}`);
  if (changes.length === 0) {
    io.stdout('  no change to the plan content');
    return;
  }
  const where = (c: Change) => (c.kind === 'removed' ? `was ${c.line}` : String(c.line));
  const width = Math.max(...changes.map((c) => where(c).length));
  for (const c of changes) io.stdout(`  ${where(c).padStart(width)}  ${visible(describeChange(c))}`);
  io.stdout(`\n${visible(revisionSummary(changes))}`);
}

function atRevision(abs: string, file: string, rev: string): string {
  try {
    return textAtRevision(abs, file, rev);
  } catch (e) {
    throw e instanceof GitError ? new CliError(e.message) : e;
  }
}
