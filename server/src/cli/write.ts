// Writing files the user asked for. A write is atomic (a temp file in the same
// folder, then a rename: a failure or a kill never leaves half a file) and
// keeps what it replaces: it writes through a symbolic link to its target, and
// the new file keeps the old one's mode (setgid included) and, where the
// system permits, its owner and group. A file with several hard links is
// refused: a rename would split them, and an in-place write is not atomic.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './errors';

/** A write that was not made, and why, in words for "cannot fix 'x': <why>". */
export class WriteRefused extends Error {}

/** Why a write or a new folder failed, in words, from the system's error code (never a path or any content). */
export function writeFailure(e: unknown): string {
  if (e instanceof WriteRefused) return e.message;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EEXIST':
      return 'a file of that name is in the way';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ? `the system refused it (${code})` : 'the write failed';
  }
}

function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tplan-${process.pid}-${Date.now()}.tmp`);
}

/** Writes `text` to a temp file beside `target`, lets `prepare` adjust it, then renames it over `target`. */
function atomic(target: string, text: string, mode: number, prepare: (fd: number) => void): void {
  const tmp = tempBeside(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
    fs.writeFileSync(fd, text);
    prepare(fd);
    fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // The temp file was never made, or is already gone.
    }
    throw e;
  }
}

/** Replaces the text of an existing file, keeping what it is (see above). */
export function replaceFile(file: string, text: string): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch {
    throw new WriteRefused('it cannot be found any more');
  }
  if (!stat.isFile()) throw new WriteRefused('it is not a regular file');
  if ((stat.mode & 0o222) === 0) throw new WriteRefused('the file is read-only');
  if (stat.nlink > 1) throw new WriteRefused(`it has ${stat.nlink} hard links, and a safe write would split them`);
  atomic(target, text, stat.mode & 0o7777, (fd) => {
    // The owner where permitted (root); else at least the group, where the user is in it.
    try {
      fs.fchownSync(fd, stat.uid, stat.gid);
    } catch {
      try {
        fs.fchownSync(fd, -1, stat.gid);
      } catch {
        // The new file keeps the user's own group.
      }
    }
  });
}

/** Writes a file the user named as output: a new one with `mode`, or an existing one replaced as above. */
export function writeOutput(file: string, text: string, mode = 0o644): void {
  if (fs.existsSync(file)) replaceFile(file, text);
  else atomic(file, text, mode, () => {});
}

/** `-o FILE`: written as above; a failure stops the command with why (`shown`: the name as the user gave it). */
export function writeNamedOutput(file: string, text: string, shown: string): void {
  try {
    writeOutput(file, text);
  } catch (e) {
    throw new CliError(`cannot write '${shown}': ${writeFailure(e)}`);
  }
}

/** Makes the folder the user named for output, and its parents; a failure stops the command with why. */
export function makeFolder(dir: string, shown: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot make the folder '${shown}': ${writeFailure(e)}`);
  }
}
