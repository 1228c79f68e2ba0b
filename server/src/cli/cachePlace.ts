// Where `tplan lint --cache` keeps its file, and how it is written. Its
// findings may quote a plan's words (health information), so by default it
// lives outside the project, in the user's cache folder
// ($XDG_CACHE_HOME/tplan, else ~/.cache/tplan), one file per working folder;
// a `--cache-location` inside a git repository gets a `.gitignore` beside it
// or is refused. The file is written with mode 0600 (a new one and one that
// was there alike), atomically, never through a symbolic link. The folder
// also holds the user's secret that binds each cache file to this user
// (cache.ts): a file made without it is not used.

import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeHost } from '../node/nodeHost';

const CACHE_FILE_NAME = '.tplancache';
const SECRET_NAME = 'secret';

/** A cache that cannot be used, and why, in words for "cannot use the cache file 'x': <why>". */
export class CacheRefused extends Error {}

/** The user's cache folder for tplan: $XDG_CACHE_HOME/tplan, else ~/.cache/tplan (%LOCALAPPDATA% on Windows). */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'tplan');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'tplan', 'Cache');
  return path.join(os.homedir(), '.cache', 'tplan');
}

/**
 * The cache file: `--cache-location` (a file, or `.tplancache` in a folder
 * that exists or a path ending in a slash), else one file per working folder
 * in the user's cache folder.
 */
export function cacheFile(cwd: string, location: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (location === undefined) {
    const id = createHash('sha256').update(path.resolve(cwd)).digest('hex').slice(0, 16);
    return path.join(userCacheFolder(env), `lint-${id}.json`);
  }
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || nodeHost.kind(resolved) === 'directory';
  return isFolder ? path.join(resolved, CACHE_FILE_NAME) : resolved;
}

/** The user's folder, made private (0700) when tplan makes it. */
function ensureFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
}

/**
 * The user's secret (32 random bytes, mode 0600, made on first use): what a
 * cache file is bound to. Refused when it is a link, not a regular file, or
 * open to others.
 */
export function userSecret(env: NodeJS.ProcessEnv = process.env): Buffer {
  const folder = userCacheFolder(env);
  const file = path.join(folder, SECRET_NAME);
  try {
    ensureFolder(folder);
    const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    try {
      fs.writeSync(fd, randomBytes(32).toString('hex'));
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new CacheRefused(`the secret in '${folder}' cannot be made`);
  }
  const stat = fs.lstatSync(file);
  if (!stat.isFile() || (stat.mode & 0o077) !== 0 || (process.getuid && stat.uid !== process.getuid()))
    throw new CacheRefused(`the secret '${file}' is not a private file of this user`);
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(secret)) throw new CacheRefused(`the secret '${file}' is damaged (delete it)`);
  return Buffer.from(secret, 'hex');
}

/** The folder of the git work tree holding `folder`, or undefined. */
function repositoryOf(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (nodeHost.kind(path.join(dir, '.git')) !== undefined) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** True when a `.gitignore` text has a line that ignores `name` in its own folder. */
function ignores(gitignore: string, name: string): boolean {
  return gitignore.split(/\r?\n/).some((line) => ['*', name, `/${name}`].includes(line.trim()));
}

/**
 * Keeps a cache file inside a git repository out of it: a `.gitignore` beside
 * the file names it, or one is written there; a `.gitignore` that does not
 * name it is not changed, and the cache is refused.
 */
export function keepOutOfGit(file: string): void {
  const folder = path.dirname(file);
  if (!fs.existsSync(folder) || repositoryOf(folder) === undefined) return;
  const name = path.basename(file);
  const gitignore = path.join(folder, '.gitignore');
  const read = nodeHost.readText(gitignore, 1_000_000);
  if ('text' in read) {
    if (ignores(read.text, name)) return;
    throw new CacheRefused(
      `it is inside a git repository and '${path.basename(gitignore)}' beside it does not name it (add '/${name}' to it, or choose another --cache-location)`,
    );
  }
  if (read.failure !== 'missing') throw new CacheRefused(`the '.gitignore' beside it cannot be read`);
  fs.writeFileSync(gitignore, `# tplan's lint cache: its findings may quote plans.\n/${name}\n`, { flag: 'wx' });
}

/**
 * Refuses a cache path that is a symbolic link or not a regular file, and
 * makes one that is there private (0600) even when the run writes nothing.
 */
export function checkPlace(file: string): void {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isSymbolicLink()) throw new CacheRefused('it is a symbolic link (tplan writes no cache through one)');
  if (!stat.isFile()) throw new CacheRefused('it is not a regular file');
  if ((stat.mode & 0o077) === 0) return;
  // Through a descriptor opened without following a link: the path cannot be swapped for one meanwhile.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  try {
    if (fs.fstatSync(fd).isFile()) fs.fchmodSync(fd, 0o600);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the cache file: a temp file of mode 0600 beside it, then a rename over it (never through a link). */
export function writePrivate(file: string, text: string, isDefault: boolean): void {
  if (isDefault) ensureFolder(path.dirname(file));
  checkPlace(file);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
  try {
    fs.writeFileSync(fd, text);
    fs.fchmodSync(fd, 0o600);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
