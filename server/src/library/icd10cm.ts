// The ICD-10-CM code table: every billable code of chapter F (the official
// April 2026 code file) and the Z, R, G and T codes behavioral health uses
// (server/data/README.md says where each title was checked). A practice can
// replace it with the official code file of a newer release (`icd10cm:` in
// .planrc.yaml) without waiting for a release of ours.

import chapterF from '../../data/icd10cm-chapter-F.txt?raw';
import otherCodes from '../../data/icd10cm-other.txt?raw';
import zCodes from '../../data/icd10cm-z-codes.txt?raw';

export interface CodeTable {
  /** The official title of a billable code (dotted, `F41.1`), or undefined. */
  title(code: string): string | undefined;
  /** True when codes of this code's first letter are all in the table, so an unknown one is an error. */
  covers(code: string): boolean;
  /** Billable codes under a category that is not billable itself (`F41` → F41.0, F41.1, …); empty if none. */
  childrenOf(code: string): string[];
  /** Up to `count` billable codes closest to an unknown one (`F41.7` → F41.8, F41.9). */
  nearest(code: string, count?: number): string[];
  /** Every code with its title, in table order. */
  entries(): ReadonlyArray<readonly [string, string]>;
  size: number;
}

/** `F331` → `F33.1`; already dotted codes are returned as they are. */
export function dotted(code: string): string {
  return code.includes('.') || code.length <= 3 ? code : `${code.slice(0, 3)}.${code.slice(3)}`;
}

export interface CodeFileError {
  line: number;
  message: string;
}

/**
 * Reads an official ICD-10-CM code file: either the codes file (code without its
 * dot, padded, then the title) or the order file (order number, code, billable
 * flag, short and long titles; only billable codes are kept).
 */
export function parseCodeFile(text: string): { codes: Map<string, string>; errors: CodeFileError[] } {
  const codes = new Map<string, string>();
  const errors: CodeFileError[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const order = /^\d{5} ([A-Z][0-9A-Z]{2,6})\s+([01]) (.{60})(.*)$/.exec(line);
    if (order) {
      if (order[2] === '1') codes.set(dotted(order[1]!), order[4]!.trim() || order[3]!.trim());
      continue;
    }
    const plain = /^([A-Z][0-9][0-9A-Z][0-9A-Z]{0,4})\s+(\S.*)$/.exec(line);
    if (plain) codes.set(dotted(plain[1]!), plain[2]!.trim());
    else if (errors.length < 5)
      errors.push({ line: i + 1, message: 'not a line of an ICD-10-CM code file (a code, spaces, then its title)' });
  }
  if (codes.size === 0 && errors.length === 0) errors.push({ line: 1, message: 'the file holds no ICD-10-CM codes' });
  return { codes, errors };
}

export function createCodeTable(codes: ReadonlyMap<string, string>, strictLetters: ReadonlySet<string>): CodeTable {
  const list = [...codes.entries()] as Array<readonly [string, string]>;
  const undotted = list.map(([c]) => c.replace('.', ''));
  const byPrefix = new Map<string, string[]>();
  for (const [code] of list) {
    const plain = code.replace('.', '');
    for (let n = 3; n < plain.length; n++) {
      const prefix = plain.slice(0, n);
      let under = byPrefix.get(prefix);
      if (!under) byPrefix.set(prefix, (under = []));
      under.push(code);
    }
  }
  return {
    size: codes.size,
    title: (code) => codes.get(code),
    covers: (code) => strictLetters.has(code[0] ?? ''),
    childrenOf: (code) => (codes.has(code) ? [] : (byPrefix.get(code.replace('.', '')) ?? [])),
    nearest(code, count = 2) {
      const plain = code.replace('.', '');
      // A billable code that the unknown one extends (`F99.9` → F99) comes first.
      for (let n = plain.length - 1; n >= 3; n--) {
        const shorter = dotted(plain.slice(0, n));
        if (codes.has(shorter)) return [shorter];
      }
      for (let n = plain.length - 1; n >= 3; n--) {
        const under = byPrefix.get(plain.slice(0, n));
        if (!under) continue;
        const at = plain.charCodeAt(n);
        const rank = (c: string) => {
          const p = c.replace('.', '');
          return Math.abs(p.charCodeAt(n) - at) * 100 + p.length;
        };
        return [...under].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1)).slice(0, count);
      }
      // Same category letter and first digit, when nothing closer exists.
      const near = undotted.filter((c) => c.slice(0, 2) === plain.slice(0, 2)).slice(0, count);
      return near.map(dotted);
    },
    entries: () => list,
  };
}

let builtin: CodeTable | undefined;

/** The table that ships with the product, built on first use. */
export function builtinCodeTable(): CodeTable {
  if (!builtin) {
    const codes = new Map([
      ...parseCodeFile(chapterF).codes,
      ...parseCodeFile(zCodes).codes,
      ...parseCodeFile(otherCodes).codes,
    ]);
    // Chapter F is complete; the other letters are a selection, so an unknown code of theirs is not an error.
    builtin = createCodeTable(codes, new Set(['F']));
  }
  return builtin;
}

/** A table from an official code file: every letter it holds is checked strictly. */
export function codeTableFromFile(text: string): { table: CodeTable; errors: CodeFileError[] } {
  const { codes, errors } = parseCodeFile(text);
  return { table: createCodeTable(codes, new Set([...codes.keys()].map((c) => c[0]!))), errors };
}
