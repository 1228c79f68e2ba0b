import { LineIndex } from '../plan/lines';
import { chunkRange, type Range } from '../plan/model';
import { memoize } from '../base/memo';
import { PLACEHOLDERS } from '../base/placeholders';
import { shownText } from '../text/shown';
import { defineRule } from './types';

type Kind = 'registry' | 'note' | 'snippet';

interface Found {
  kind: Kind;
  what: string;
  range: Range;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REGISTRY = new RegExp(PLACEHOLDERS.map(escape).join('|'), 'g');
/** Marks people leave to come back to: TODO, TBD, FIXME, ???, XX, `<name of …>`, a blank line `____`. */
const NOTES: Array<{ re: RegExp; what: string }> = [
  { re: /\b(?:TODO|TBD|FIXME)\b/g, what: 'a note to finish later' },
  { re: /\?{3,}/g, what: 'question marks' },
  { re: /(?<![\w-])X{2,}(?![\w-])/g, what: 'XX' },
  // Angle brackets around words with a space (`<client name>`), not an HTML tag with attributes.
  { re: /<(?![a-zA-Z][\w-]*\s+[\w-]+\s*=)(?![a-zA-Z][\w-]*\s*\/?>)[^<>\n]*\s[^<>\n]*>/g, what: 'angle brackets' },
  // A blank to write on, as forms leave them ("Client signature: ____"): three or more underscores
  // apart from any word (`___bold italic___` is emphasis). See BLANK_LINE for a line of them alone.
  { re: /(?<![\p{L}\p{N}_\\])(?:\\?_){3,}(?![\p{L}\p{N}_])/gu, what: 'a blank line to fill in' },
];

/**
 * True when a run of underscores stands alone on its line (a thematic break in
 * Markdown) and is not under a label waiting for it ("Client signature:").
 */
function ruleLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/[\s_\\]/g, '') !== '') return false;
  const before = text.slice(0, lineStart).replace(/\s+$/, '');
  return !before.endsWith(':');
}
const SNIPPET = /\$\{\d+(?::[^}\n]*|\|[^}\n]*\|)?\}/g;

// Findings by chunk text: an edit scans one section again, not the plan.
const scan = memoize((key: string): Found[] => {
  const frontmatter = key.startsWith('\u0000');
  const text = frontmatter ? key.slice(1) : key;
  const shown = shownText(text, frontmatter);
  const lines = new LineIndex(text);
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  const add = (kind: Kind, what: string, start: number, end: number) => {
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    found.push({ kind, what, range: lines.range(start, end) });
  };
  for (const m of shown.matchAll(SNIPPET)) add('snippet', 'snippet', m.index, m.index + m[0].length);
  for (const m of shown.matchAll(REGISTRY)) add('registry', m[0], m.index, m.index + m[0].length);
  for (const { re, what } of NOTES)
    for (const m of shown.matchAll(re)) {
      if (what === 'a blank line to fill in' && ruleLine(shown, m.index, m.index + m[0].length)) continue;
      add('note', what, m.index, m.index + m[0].length);
    }
  return found.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}, 1024);

export const placeholder = defineRule({
  id: 'placeholder',
  description: 'Text left from a template or a note to finish later: the plan is not ready to share.',
  defaultSeverity: 'error',
  messages: {
    registry: 'This is a placeholder: replace it with what you and the client decided (or remove it).',
    note: 'This marks something still to fill in ({{what}}): finish it before the plan is shared.',
    snippet: "This is a snippet field that was never filled in: replace it with the plan's own words.",
  },
  check({ plan, report }) {
    for (const chunk of plan.chunks) {
      for (const f of scan(chunk.frontmatter ? `\u0000${chunk.text}` : chunk.text)) {
        report({
          range: chunkRange(chunk, f.range),
          messageId: f.kind,
          ...(f.kind === 'note' ? { data: { what: f.what } } : {}),
        });
      }
    }
  },
});
