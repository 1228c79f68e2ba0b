// The paragraphs, headings and table cells of a text as remark's parser
// (micromark, with GFM and the frontmatter) reads its blocks, without parsing
// the text inside them: the guard's exact pass (guard-markup.ts). Linear in
// the text, which remark with its inline constructs merely disabled is not:
// micromark still splits a paragraph's text wherever an inline construct could
// start (at each word, for GFM's autolink literals), and `resolveAllText`
// (micromark/lib/initialize/text.js) splices the paragraph's whole event list
// once per line to merge the pieces again (32,000 short lines: 20 s). Here the
// text tokenizer knows only line endings: one data token a line, nothing to
// merge. The events are read directly, without building a tree.

import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter as frontmatterSyntax } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/** The tokens remark makes a paragraph, a heading or a table cell of. */
const TEXT_BLOCKS = new Set(['paragraph', 'atxHeading', 'setextHeading', 'tableHeader', 'tableData']);

// micromark's codes for a carriage return, a line feed and the two together.
const LINE_ENDINGS = [-5, -4, -3];

/**
 * Where each paragraph, heading and table cell of a text stands (offsets, and
 * the line it starts on, 0-based), in document order. A task list item's
 * paragraph starts at its `[ ]` here (remark starts it after the box).
 */
export function* textContents(
  text: string,
  frontmatter: boolean,
): Generator<{ start: number; end: number; line: number }> {
  const parser = parse({ extensions: frontmatter ? [frontmatterSyntax(['yaml']), gfm()] : [gfm()] });
  const inline = parser.constructs.text;
  parser.constructs = {
    ...parser.constructs,
    text: Object.fromEntries(LINE_ENDINGS.map((code) => [code, inline[code]])),
  };
  const events = postprocess(parser.document().write(preprocess()(text, undefined, true)));
  for (const [kind, token] of events)
    if (kind === 'enter' && TEXT_BLOCKS.has(token.type))
      yield { start: token.start.offset, end: token.end.offset, line: token.start.line - 1 };
}
