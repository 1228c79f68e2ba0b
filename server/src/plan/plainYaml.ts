// Reads the plain frontmatter nearly every plan has, without `yaml`: lines of
// `key: value` at the margin, and lists under a key written `  - ` (an item
// being a value, or `key: value` lines aligned under its first). A value is a
// plain word or sentence, a quoted one without escapes, or a flow list of
// plain words (`[medicare, carf]`). Anything else (comments, blank lines,
// tabs, anchors, numbers, multi-line values, nesting deeper…) is declined:
// undefined, and `yaml` reads it (yamlTree.ts). Where it answers it makes the
// tree `yaml` would: test/unit/plainYaml.test.ts holds it to that.

import { tooDeep, type YDoc, type YNode, type YPair } from './yamlTree';

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?: (.*))?$/;
/** What `yaml`'s core schema reads as null, a boolean or a number: left to `yaml`. */
const NOT_A_STRING = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Characters that start something other than a plain scalar. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Control characters, the byte order mark, Unicode's line and paragraph separators, the no-break space. */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u2028\u2029\ufeff]/;

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

function word(text: string, start: number, flow: boolean): YNode {
  if (
    text === '' ||
    INDICATOR.test(text) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':') ||
    text.endsWith(' ') ||
    (flow && /[[\]{},]/.test(text)) ||
    NOT_A_STRING.some((p) => p.test(text))
  )
    decline();
  return { kind: 'scalar', value: text, range: [start, start + text.length] };
}

/** A value written after `key: ` (or `- `), from `start` in the text. */
function value(text: string, start: number): YNode {
  // `yaml` starts the value after the spaces: the range would differ.
  if (text.startsWith(' ')) decline();
  const end = start + text.length;
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text[text.length - 1] !== quote || inner.includes(quote) || inner.includes('\\')) decline();
    return { kind: 'scalar', value: inner, range: [start, end] };
  }
  if (quote === '[') {
    if (!text.endsWith(']')) decline();
    const items: Array<YNode | null> = [];
    let at = start + 1;
    for (const part of text.slice(1, -1).split(',')) {
      const lead = part.length - part.trimStart().length;
      items.push(word(part.trim(), at + lead, true));
      at += part.length + 1;
    }
    return { kind: 'seq', items, range: [start, end] };
  }
  return word(text, start, false);
}

function keyOf(name: string, start: number): YNode {
  if (NOT_A_STRING.some((p) => p.test(name))) decline();
  return { kind: 'scalar', value: name, range: [start, start + name.length] };
}

function jsonOf(node: YNode | null): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map((i) => jsonOf(i));
    case 'map':
      return Object.fromEntries(node.pairs.map((p) => [String((p.key as { value: unknown }).value), jsonOf(p.value)]));
    default:
      return decline();
  }
}

/** The tree `yaml` would make of `text`, or undefined when it is not plain enough to be sure. */
export function plainYaml(text: string): YDoc | undefined {
  // fromYaml refuses brackets open past its bound wherever they stand, in a scalar too: so must this.
  if (UNUSUAL.test(text) || text.includes('\r') || tooDeep(text) >= 0) return undefined;
  const lines = text.split('\n');
  // A final line break ends the last line; it does not start an empty one.
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  /** Where line `i` ends with its line break, as `yaml` ends a block there. */
  const endOf = (i: number) => Math.min(starts[i]! + lines[i]!.length + 1, text.length);

  const pairsOf = (from: number, indent: number, first: YPair | undefined): { pairs: YPair[]; next: number } => {
    const pairs: YPair[] = first ? [first] : [];
    const names = new Set(first ? [String((first.key as { value: unknown }).value)] : []);
    let i = from;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (indent > 0 && !line.startsWith(' '.repeat(indent))) break;
      const rest = line.slice(indent);
      if (indent > 0 && /^[ -]/.test(rest)) break;
      const m = KEY_LINE.exec(rest) ?? decline();
      const name = m[1]!;
      if (names.has(name)) decline();
      names.add(name);
      const at = starts[i]! + indent;
      const key = keyOf(name, at);
      if (m[2] !== undefined) {
        pairs.push({ key, value: value(m[2], at + name.length + 2) });
        continue;
      }
      // `key:` alone: a list follows, `  - ` under a top-level key.
      if (indent > 0) decline();
      const list = seq(i + 1);
      pairs.push({ key, value: list.node });
      i = list.next - 1;
    }
    return { pairs, next: i };
  };

  const seq = (from: number): { node: YNode; next: number } => {
    const items: YNode[] = [];
    let i = from;
    while (i < lines.length && lines[i]!.startsWith('  - ')) {
      const start = starts[i]! + 4;
      const rest = lines[i]!.slice(4);
      const m = KEY_LINE.exec(rest);
      if (m && m[2] !== undefined) {
        const first: YPair = { key: keyOf(m[1]!, start), value: value(m[2], start + m[1]!.length + 2) };
        const { pairs, next } = pairsOf(i + 1, 4, first);
        items.push({ kind: 'map', pairs, range: [start, endOf(next - 1)] });
        i = next;
      } else {
        if (rest.startsWith('[')) decline();
        items.push(value(rest, start));
        i++;
      }
    }
    if (items.length === 0) decline();
    return { node: { kind: 'seq', items, range: [starts[from]! + 2, endOf(i - 1)] }, next: i };
  };

  try {
    const { pairs, next } = pairsOf(0, 0, undefined);
    if (next !== lines.length) return undefined;
    for (const pair of pairs) pair.json = jsonOf(pair.value);
    return { errors: [], contents: { kind: 'map', pairs, range: [0, text.length] } };
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}
