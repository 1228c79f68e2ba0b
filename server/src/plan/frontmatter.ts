// Reads the frontmatter's YAML into entries with ranges, and interprets them as
// the typed keys of the format (section 3). What does not fit is recorded as a
// TypeFinding or an unknown key, never thrown. Its `# plan-disable` comments
// are directives like the body's HTML ones.

import { fromYaml, type YNode, type YPair } from './yamlTree';
import { plainYaml } from './plainYaml';
import { shortcutsOn } from '../base/shortcuts';
import type {
  Directive,
  FrontmatterEntry,
  Located,
  ParseFinding,
  PlanMeta,
  Range,
  TypeFinding,
  UnknownKey,
} from './model';
import { LineIndex } from './lines';
import { isIsoDate } from './dates';
import { isPlaceholder } from '../base/placeholders';
import {
  LIST_KEYS,
  ONE_OR_MORE_KEYS,
  SCALAR_KEYS,
  WORD_LIST_KEYS,
  FRONTMATTER_KEYS,
  describe,
  type Kind,
} from './keys';
import { memoize } from '../base/memo';

export interface FrontmatterFacts {
  ok: boolean;
  entries: FrontmatterEntry[];
  meta: PlanMeta;
  typeFindings: TypeFinding[];
  unknownKeys: UnknownKey[];
  parseFindings: ParseFinding[];
}

/** Plain YAML error text without the position and the source excerpt `yaml` appends. */
function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return first.endsWith('.') ? first : `${first}.`;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Parses the YAML of a frontmatter block whose text starts on `firstLine` of the document.
 */
export function readFrontmatter(yamlText: string, firstLine: number): FrontmatterFacts {
  const reader = new FrontmatterReader(yamlText, firstLine);
  const facts = reader.facts;
  // The plain frontmatter of nearly every plan is read without `yaml` (plainYaml.ts): a shortcut.
  const doc = (shortcutsOn() ? plainYaml(yamlText) : undefined) ?? fromYaml(yamlText);
  if (doc.errors.length > 0) {
    facts.ok = false;
    for (const error of doc.errors.slice(0, 5)) {
      const [s, e] = error.pos;
      facts.parseFindings.push({
        rule: 'frontmatter-yaml',
        messageId: 'yaml',
        data: { detail: cleanYamlMessage(error.message) },
        range: reader.rangeOf(s, Math.max(e, s + 1)),
      });
    }
    return facts;
  }
  const contents = doc.contents;
  if (contents === null || (contents.kind === 'scalar' && isBlank(contents.value))) return facts;
  if (contents.kind !== 'map') {
    facts.ok = false;
    facts.parseFindings.push({
      rule: 'frontmatter-yaml',
      messageId: 'notMapping',
      range: reader.nodeRange(contents, 0),
    });
    return facts;
  }
  for (const pair of contents.pairs) reader.entry(pair);
  return facts;
}

/** Reads the entries of one frontmatter's YAML into typed keys, with ranges in the document. */
class FrontmatterReader {
  readonly facts: FrontmatterFacts = {
    ok: true,
    entries: [],
    meta: {},
    typeFindings: [],
    unknownKeys: [],
    parseFindings: [],
  };
  private readonly lines: LineIndex;

  constructor(
    private readonly yamlText: string,
    private readonly firstLine: number,
  ) {
    this.lines = new LineIndex(yamlText);
  }

  private at(offset: number) {
    const p = this.lines.position(offset);
    return { line: p.line + this.firstLine, character: p.character };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.at(start), end: this.at(end) };
  }

  nodeRange(node: YNode | null | undefined, fallback: number): Range {
    const r = node?.range;
    if (!r) return this.rangeOf(fallback, fallback);
    // Block collections' ranges take in the line break after them; the range ends at the text.
    let end = r[1];
    // YAML's own white space only: a U+2028 or a no-break space is part of the text.
    while (end > r[0] && /[ \t\r\n]/.test(this.yamlText[end - 1]!)) end--;
    return this.rangeOf(r[0], end);
  }

  /** One top-level `key: value`: an entry, and the typed key it is (or an unknown key). */
  entry(pair: YPair): void {
    const keyNode = pair.key;
    if (keyNode?.kind !== 'scalar') return;
    const key = String(keyNode.value);
    const keyRange = this.nodeRange(keyNode, 0);
    const keyEnd = keyNode.range?.[1] ?? 0;
    const valueNode = pair.value;
    // Block values' ranges take in the line break after them: the entry ends at its text.
    let valueEnd = valueNode?.range ? valueNode.range[1] : keyEnd;
    while (valueNode?.range && valueEnd > valueNode.range[0] && /\s/.test(this.yamlText[valueEnd - 1]!)) valueEnd--;
    const valueRange =
      valueNode?.range && valueEnd > valueNode.range[0]
        ? this.rangeOf(valueNode.range[0], valueEnd)
        : this.rangeOf(keyEnd + 1, keyEnd + 1);
    const entryEnd = Math.max(valueEnd, keyEnd);
    this.facts.entries.push({
      key,
      keyRange,
      value: 'json' in pair ? pair.json : null,
      valueRange,
      range: this.rangeOf(keyNode.range?.[0] ?? 0, entryEnd),
    });
    const meta = this.facts.meta as Record<string, unknown>;
    const kind = SCALAR_KEYS[key];
    if (kind) {
      const located = this.scalar(key, kind, valueNode, valueRange);
      if (located) meta[key] = located;
    } else if (key in LIST_KEYS) {
      const list = this.list(key as keyof typeof LIST_KEYS, valueNode, valueRange);
      if (list) meta[key] = list;
    } else if (WORD_LIST_KEYS[key]) {
      meta[key] = this.words(key, WORD_LIST_KEYS[key], valueNode, valueRange);
    } else {
      this.facts.unknownKeys.push({ key, range: keyRange, known: FRONTMATTER_KEYS, parent: '' });
    }
  }

  private finding(key: string, range: Range, messageId: TypeFinding['messageId'], data: Record<string, string> = {}) {
    this.facts.typeFindings.push({ key, range, messageId, data: { key, ...data } });
  }

  /** A scalar of its kind (a string, a date, one of an enum's values, a pattern), or a finding. */
  private scalar(key: string, kind: Kind, node: YNode | null, range: Range): Located<string> | undefined {
    const value = node?.kind === 'scalar' ? node.value : node;
    if (isBlank(value)) return undefined;
    let text: string | undefined;
    if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString().slice(0, 10);
    else if (typeof value === 'string') text = value.trim();
    else if ((typeof value === 'number' || typeof value === 'boolean') && kind === 'string') text = String(value);
    if (text === undefined) {
      this.finding(key, range, 'wrongType', { expected: describe(kind) });
      return undefined;
    }
    // A date left as the placeholder is the `placeholder` rule's to report, once.
    if (kind === 'date' && isPlaceholder(text)) {
      this.finding(key, range, 'placeholder');
      return undefined;
    }
    if (kind === 'date' && !isIsoDate(text)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) this.finding(key, range, 'notCalendarDate', { value: text });
      else this.finding(key, range, 'notDate');
      return undefined;
    }
    if (typeof kind === 'object' && 'enum' in kind && !kind.enum.includes(text)) {
      // Right but for its case (`Moderate`): the value to write, for the fix.
      const cased = kind.enum.find((v) => v.toLowerCase() === text.toLowerCase());
      this.finding(key, range, 'notOneOf', { expected: describe(kind), value: text, ...(cased ? { cased } : {}) });
      return undefined;
    }
    if (typeof kind === 'object' && 'pattern' in kind && !kind.pattern.test(text)) {
      this.finding(key, range, 'wrongType', { expected: describe(kind) });
      return undefined;
    }
    return { value: text, range };
  }

  // `requirements: [medicare, carf]` or `problems: [Depression]`, or one word alone.
  private words(key: string, known: readonly string[] | undefined, node: YNode | null, range: Range) {
    const items = node?.kind === 'seq' ? node.items : [node];
    const out: Located<string>[] = [];
    for (const item of items) {
      const itemRange = this.nodeRange(item, node?.range?.[0] ?? 0);
      const located = this.scalar(key, known ? { enum: known } : 'string', item, itemRange);
      if (located) out.push(located);
    }
    return { value: out, range };
  }

  /** A list of mappings (`diagnoses:`, `services:`…), each field read by its kind. */
  private list(key: keyof typeof LIST_KEYS, node: YNode | null, range: Range) {
    const fields: Record<string, Kind> = LIST_KEYS[key];
    // A key that may be one mapping reads it as a list of one.
    if (node?.kind === 'map' && ONE_OR_MORE_KEYS.has(key))
      node = { kind: 'seq', items: [node], ...(node.range ? { range: node.range } : {}) };
    if (node?.kind !== 'seq') {
      const value = node?.kind === 'scalar' ? node.value : node;
      if (!isBlank(value)) this.finding(key, range, 'notList');
      return undefined;
    }
    const items: Array<Record<string, unknown> & { range: Range }> = [];
    for (const item of node.items) {
      const itemRange = this.nodeRange(item, node.range?.[0] ?? 0);
      if (item?.kind !== 'map') {
        this.finding(key, itemRange, 'itemNotMapping', { fields: Object.keys(fields).join(', ') });
        continue;
      }
      items.push(this.listItem(key, fields, item, itemRange));
    }
    return { value: items, range };
  }

  /** One mapping of a list: its known fields read, the others recorded as unknown keys. */
  private listItem(key: string, fields: Record<string, Kind>, item: Extract<YNode, { kind: 'map' }>, range: Range) {
    const out: Record<string, unknown> & { range: Range } = { range };
    for (const pair of item.pairs) {
      if (pair.key?.kind !== 'scalar') continue;
      const name = String(pair.key.value);
      const keyRange = this.nodeRange(pair.key, 0);
      const kind = fields[name];
      if (!kind) {
        this.facts.unknownKeys.push({ key: name, range: keyRange, known: Object.keys(fields), parent: `${key}[]` });
        continue;
      }
      const valueRange = this.nodeRange(pair.value, pair.key.range?.[1] ?? 0);
      const located =
        kind === 'strings'
          ? this.words(`${key}.${name}`, undefined, pair.value, valueRange)
          : this.scalar(`${key}.${name}`, kind, pair.value, valueRange);
      if (located) out[name] = located;
    }
    return out;
  }
}

const YAML_DIRECTIVE = /^[ \t]*#\s*plan-(disable-next-line|disable)\b(.*)$/;

/**
 * The frontmatter's facts and its YAML-comment directives, kept for the last
 * 64 frontmatter texts; the key is the line the YAML starts on and the YAML.
 */
export const frontmatterOf = memoize((key: string): FrontmatterFacts & { directives: Directive[] } => {
  const cut = key.indexOf('\u0000');
  const firstLine = Number(key.slice(0, cut));
  const yamlText = key.slice(cut + 1);
  const directives: Directive[] = [];
  yamlText.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = YAML_DIRECTIVE.exec(line);
    if (m) {
      const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
      directives.push({ kind: m[1] as Directive['kind'], rules, line: i + firstLine });
    }
  });
  return { ...readFrontmatter(yamlText, firstLine), directives };
}, 64);
