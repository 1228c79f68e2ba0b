// Where an HTML block starts and how it ends (CommonMark 4.6): the splitter
// makes no cut inside one.

const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_CLOSE = /<\/(script|pre|style|textarea)>/i;

export type HtmlEnd = { kind: 'marker'; pattern: RegExp } | { kind: 'blank' };

/** How an HTML block that starts on this line ends (CommonMark 4.6), or undefined. */
export function htmlBlockEnd(line: string): HtmlEnd | undefined {
  const lt = line.indexOf('<');
  // Up to three spaces (a tab makes it indented code).
  if (lt < 0 || lt > 3 || !/^ *$/.test(line.slice(0, lt))) return undefined;
  const trimmed = line.slice(lt);
  if (HTML_RAW_OPEN.test(line)) return { kind: 'marker', pattern: HTML_RAW_CLOSE };
  if (trimmed.startsWith('<!--')) return { kind: 'marker', pattern: /-->/ };
  if (trimmed.startsWith('<?')) return { kind: 'marker', pattern: /\?>/ };
  if (trimmed.startsWith('<![CDATA[')) return { kind: 'marker', pattern: /\]\]>/ };
  if (/^<![A-Za-z]/.test(trimmed)) return { kind: 'marker', pattern: />/ };
  // Types 6 and 7 end at a blank line. Treating every other `<` line as one is
  // an over-approximation, which is safe: it only suppresses cuts.
  return { kind: 'blank' };
}
