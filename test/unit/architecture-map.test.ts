// ARCHITECTURE.md is a map: every file and folder it names must be where it
// says. Paths are read from code spans (`plan/split.ts`, `scripts/build.mjs`),
// and the code map's entries from the folder each entry sits under.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

const TEXT = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
const FILE = /^[\w.-]+(?:\/[\w.-]+)*\.(?:ts|mts|mjs|cjs|js|json|md|yaml)$|^[\w.-]+(?:\/[\w.-]+)+\/?$/;
/** The folders a short path may be written from: the root, the core, and the test and doc trees. */
const BASES = ['', 'server/src', 'server', 'test', 'docs'];

const exists = (name: string, bases: readonly string[] = BASES) =>
  bases.some((base) => existsSync(path.join(ROOT, base, name)));

/** Every code span that reads as a path (a placeholder such as `<rule-id>` or a glob aside). */
function spans(): string[] {
  // A span that starts with a dot is a name's ending (`.fixed.plan.md`) or the user's file (`.planrc.yaml`).
  return [...TEXT.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).filter((s) => FILE.test(s) && !s.startsWith('.'));
}

/** Text without its parenthesized asides, nested ones too. */
function unparenthesized(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) [before, out] = [out, out.replace(/\([^()]*\)/g, '')];
  return out;
}

/**
 * The code map's entries, by the folder whose line group lists them: `plan/  model.ts (…), split, …`.
 * A file written with its extension is looked up as written, asides included; a bare name (`split`) as
 * a `.ts` file or a folder. Words of prose (with spaces, or capitalized) are passed over, and so is the
 * description of a file that heads its own line (`protocol.ts  the requests: names and …`).
 */
function mapEntries(): Array<{ folder: string; name: string; subs: string[] }> {
  const block = /## Code map\n\n```\n([\s\S]*?)```/.exec(TEXT)?.[1] ?? '';
  const groups: Array<{ folder: string; head?: string; text: string }> = [];
  for (const line of block.split('\n')) {
    const head = /^( {0,2})([\w./-]+(?:\/|\.ts))\s+(.*)$/.exec(line);
    const folder = head && (head[1]!.length > 0 ? 'server/src/' : '');
    if (head && head[2]!.endsWith('/')) groups.push({ folder: `${folder}${head[2]!}`, text: head[3]! });
    else if (head) groups.push({ folder: folder!, head: head[2]!, text: head[3]! });
    else if (/^\S/.test(line)) groups.push({ folder: '', text: line });
    else if (groups.length > 0) groups[groups.length - 1]!.text += ` ${line.trim()}`;
  }
  return groups.flatMap(({ folder, head, text }) => {
    const files = [...text.matchAll(/(?<![\w./-])([\w-]+(?:\/[\w-]+)*\.(?:ts|mjs|cjs|json|js|md))\b/g)].map(
      (m) => m[1]!,
    );
    const bare = head
      ? [head]
      : unparenthesized(text)
          .split(/[,;:]\s*|\s+and\s+/)
          .map((item) => item.trim())
          .filter((item) => /^[a-z][\w-]*(?:\/[\w-]+)*\/?$/.test(item));
    // A file named inside a sub-folder's aside (`risk/ (…, screen-made.ts)`) may stand in that sub-folder.
    const subs = [...text.matchAll(/(?<![\w./-])([\w-]+)\/(?=[\s(])/g)].map((m) => `${folder}${m[1]!}`);
    return [...new Set([...files, ...bare])].map((name) => ({ folder, name, subs }));
  });
}

const inFolder = ({ folder, name, subs }: { folder: string; name: string; subs: string[] }) =>
  /\.\w+$/.test(name) || name.includes('/')
    ? exists(name, [folder, ...subs, 'server/src', ''])
    : exists(`${name}.ts`, [folder]) || exists(name, [folder]);

describe('ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const found = spans();
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((s) => !exists(s))).toEqual([]);
  });

  it('names in its code map only files that exist in the folder they are listed under', () => {
    const entries = mapEntries();
    expect(entries.length).toBeGreaterThan(150);
    expect(entries.filter((e) => !inFolder(e))).toEqual([]);
  });
});
