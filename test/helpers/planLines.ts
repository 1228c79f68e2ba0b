// Texts made of a few plan-like lines repeated, for the tests that hold the
// guard's container count (guard-containers.ts) to what micromark does: a
// rebuild's or a look-back's cost grows with what came before, so repetition
// is what makes it add up.
import fc from 'fast-check';

/**
 * Lines of the shapes plans have: steps and their parts, quotes, headings
 * (setext ones too), footnotes, tables, fences, comments, indented code and
 * wrapped lines. Not link definitions: micromark makes more events of each,
 * a constant more per line counted, not a term the count misses.
 */
export const PLAN_LINES = [
  ...['a', 'b c', '', '', '- a', '* b', '1. d', '2. e', '- [ ] step', '  - g', '    - h', '> q', '>', '> > r'],
  ...['> - t', '# h', '## h', '```', '[^a]: b', '===', '---', '--', '- - a', '1. - a', '- > a', '  lazy'],
  ...['| a |', '| - |', '|-|-|', '<!-- note -->', '<div>', '</a>', '</pre>', '    code', '\tb', '-'],
];
/** What may come before a line: the indentation and quotes plans give them. */
const BEFORE = ['', '', '', '  ', '> ', '    ', '> > '];

/** A unit of up to six lines, each of `lines` after something of BEFORE, repeated 20 to 80 times. */
export function repeatedLines(lines: readonly string[] = PLAN_LINES): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...lines)), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 20, max: 80 }),
    )
    .map(([unit, times]) => `${unit.map(([before, line]) => before + line).join('\n')}\n`.repeat(times));
}
