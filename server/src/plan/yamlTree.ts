// The frontmatter's YAML as the few facts frontmatter.ts reads: what each
// node is, its value, where it starts and ends, and the JSON of each
// top-level value. Made by `yaml` (fromYaml) or, for the plain frontmatter
// nearly every plan has, by plainYaml.ts: a caseload of plans spent 15 % of
// its parse in `yaml`. Both must make the same tree (ARCHITECTURE.md,
// "Plain YAML = yaml").

import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';

/** Offsets in the YAML text: where a node starts, and where its value ends (`yaml`'s range[0] and range[1]). */
export type Span = [start: number, end: number];

export type YNode =
  | { kind: 'scalar'; value: unknown; range?: Span }
  | { kind: 'seq'; items: Array<YNode | null>; range?: Span }
  | { kind: 'map'; pairs: YPair[]; range?: Span }
  /** An alias, a pair inside a flow sequence, a tag `yaml` could not resolve. */
  | { kind: 'other'; range?: Span };

export interface YPair {
  key: YNode | null;
  value: YNode | null;
  /** The value as JSON (top-level pairs only: frontmatter entries keep it). */
  json?: unknown;
}

export interface YDoc {
  errors: Array<{ message: string; pos: Span }>;
  contents: YNode | null;
}

function spanOf(node: { range?: unknown }): Span | undefined {
  const r = node.range as number[] | null | undefined;
  return r ? [r[0]!, r[1]!] : undefined;
}

function convert(node: unknown): YNode {
  const n = node as YamlNode;
  const range = spanOf(n);
  const at = range ? { range } : {};
  if (isScalar(n)) return { kind: 'scalar', value: n.value, ...at };
  if (isSeq(n)) return { kind: 'seq', items: n.items.map((i) => (i == null ? null : convert(i))), ...at };
  if (isMap(n))
    return {
      kind: 'map',
      pairs: n.items.map((p) => ({ key: p.key ? convert(p.key) : null, value: p.value ? convert(p.value) : null })),
      ...at,
    };
  return { kind: 'other', ...at };
}

/** Flow collections and compact sequences nested in one another, at most: `yaml` recurses once per level. */
export const MAX_YAML_NESTING = 64;

/**
 * Where the text nests `[`, `{` or `- ` deeper than MAX_YAML_NESTING (an
 * offset), counted without regard to quotes (a bound, not a parse), or -1.
 */
export function tooDeep(text: string): number {
  let depth = 0;
  let lineStart = true;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === 10 || c === 13) {
      lineStart = true;
      dashes = 0;
      continue;
    } else if (lineStart && c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) dashes++;
    else if (c !== 32 && c !== 9) lineStart = false;
    if (depth + dashes > MAX_YAML_NESTING) return i;
  }
  return -1;
}

interface Duplicate {
  /** Where the key starts, where yaml's `Map keys must be unique` points. */
  at: number;
}

/**
 * The keys that repeat one before them in the same map, as yaml's `uniqueKeys: true` finds them
 * (`mapIncludes`, yaml 2.9.1: the same node, or two scalars whose values are `===`), in one pass.
 */
function duplicateKeys(doc: ReturnType<typeof parseDocument>): Duplicate[] {
  const found: Duplicate[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as YamlNode | null;
        if (!isScalar(key)) continue;
        // NaN !== NaN for yaml; a Set would take two `.nan` keys for one.
        if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
        if (seen.has(key.value) && key.range) found.push({ at: key.range[0] });
        else seen.add(key.value);
      }
    },
  });
  return found;
}

/** yaml's errors and the repeated keys', in the order of the text (yaml's own order nests: a key's before its map's). */
function withDuplicates(errors: YDoc['errors'], duplicates: Duplicate[]): YDoc['errors'] {
  const all = errors.concat(duplicates.map((d) => ({ message: 'Map keys must be unique', pos: [d.at, d.at + 1] })));
  return all.sort(byPlace);
}

export function byPlace(a: YDoc['errors'][number], b: YDoc['errors'][number]): number {
  return a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** The tree `yaml` reads, with its errors in the order of the text (frontmatter.ts reports the first five). */
export function fromYaml(text: string): YDoc {
  const deep = tooDeep(text);
  if (deep >= 0)
    return {
      errors: [{ message: `it nests brackets or lists more than ${MAX_YAML_NESTING} deep`, pos: [deep, deep + 1] }],
      contents: null,
    };
  // `yaml` checks each key against every key before it in its map (`uniqueKeys`): 40,000 keys took
  // 5 s. It parses without that check, and duplicateKeys makes the same errors in one pass. Plain
  // messages: frontmatter.ts quotes the first line, without yaml's copy of the plan's line.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const errors = withDuplicates(
    doc.errors.map((e) => ({ message: e.message, pos: [e.pos[0], e.pos[1]] })),
    duplicateKeys(doc),
  );
  if (errors.length > 0) return { errors, contents: null };
  const contents = doc.contents as YamlNode | null;
  if (contents === null) return { errors: [], contents: null };
  const tree = convert(contents);
  if (tree.kind === 'map' && isMap(contents)) {
    contents.items.forEach((p, i) => {
      const value = p.value as YamlNode | null;
      tree.pairs[i]!.json = value && 'toJSON' in value ? value.toJSON() : null;
    });
  }
  return { errors: [], contents: tree };
}
