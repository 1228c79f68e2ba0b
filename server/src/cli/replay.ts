// `tplan lint --cache` answered from the record of the last run (record.ts)
// before the main bundle is even loaded: dist/cli.js calls `replay` first
// when the arguments hold --cache. When the cache file holds a record of this
// very run (same arguments, folder, day, build, colour and locale) and every
// file system call it made sees the same again, its output is printed again
// and its exit code returned; else undefined, and the run goes on as usual.
// It never writes a file.

import * as path from 'node:path';
import { version } from '../../../package.json';
import { plainHost } from '../node/nodeHost';
import {
  CACHE_FORMAT,
  MAX_CACHE_BYTES,
  asRecord,
  cacheFile,
  firstLineOf,
  runKey,
  stillSeen,
  toolIdentity,
  type RunRecord,
} from './record';
import { endQuietlyOnClosedPipe, wantsColor } from './terminal';

/** `--cache-location X` or `--cache-location=X`, as node's parseArgs reads them; the last one counts. */
function cacheLocation(argv: readonly string[]): string | undefined {
  let location: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--cache-location') location = argv[++i];
    else if (arg.startsWith('--cache-location=')) location = arg.slice('--cache-location='.length);
  }
  return location;
}

export function replay(argv: readonly string[], bundle: string): number | undefined {
  if (!argv.includes('--cache')) return undefined;
  let record: RunRecord | undefined;
  try {
    record = recordOfThisRun(argv, bundle);
  } catch {
    // Whatever went wrong, the run itself still can be made.
    record = undefined;
  }
  if (!record) return undefined;
  endQuietlyOnClosedPipe();
  // Lines in a row on one stream go out in one write.
  for (let i = 0; i < record.printed.length;) {
    const stream = record.printed[i]![0];
    let text = '';
    for (; i < record.printed.length && record.printed[i]![0] === stream; i++) text += `${record.printed[i]![1]}\n`;
    (stream === 1 ? process.stdout : process.stderr).write(text);
  }
  return record.code;
}

/** The cache file's record when it is this run's and nothing it looked at changed. */
function recordOfThisRun(argv: readonly string[], bundle: string): RunRecord | undefined {
  const cwd = process.cwd();
  const read = plainHost.readText(cacheFile(cwd, cacheLocation(argv)), MAX_CACHE_BYTES);
  if (!('text' in read)) return undefined;
  const data = firstLineOf(read.text);
  const record = data?.format === CACHE_FORMAT ? asRecord(data.run) : undefined;
  if (!record) return undefined;
  const color = wantsColor(process.stdout.isTTY, process.env);
  const key = runKey({ argv, cwd, color, now: new Date(), tool: toolIdentity(version, path.resolve(bundle)) });
  return record.key === key && stillSeen(record.calls) ? record : undefined;
}
