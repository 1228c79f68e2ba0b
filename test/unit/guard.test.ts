// The guard refuses, before any parser reads it, what remark would parse in
// time growing faster than the text or with recursion as deep as the text:
// each shape of issue 31 gets `plan-too-complex` on the line where it starts
// (before: a stack overflow, or seconds to minutes), real plans are never
// refused, and its rough bounds hold remark's own reading of the blocks.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { MAX_NESTING, nestingBound } from '../../server/src/plan/guard';
import { roughMarkup, tablePieces } from '../../server/src/plan/guard-markup';
import { runs } from '../../server/src/plan/guard-runs';
import { textContents } from '../../server/src/plan/guard-blocks';
import { renderHtml } from '../../server/src/render/html';
import { generatePlanOfLines } from '../helpers/generate';
import { ROOT } from '../helpers/library';

const HEAD = '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Depression\n\n';
const OPTIONS = { today: '2026-11-28' };

/** The plan's findings as `line rule#message`, after parsing the text given after the head (line 8, 0-based). */
function findings(body: string): string[] {
  return lint(parsePlan(HEAD + body), OPTIONS).map((d) => `${d.range.start.line} ${d.rule}#${d.messageId}`);
}

describe('the guard refuses', () => {
  const cases: Array<[string, string, string]> = [
    ["'>' × 100,000", `${'>'.repeat(100_000)} word\n`, 'nested'],
    ["'>' × 4,000", `${'>'.repeat(4_000)} word\n`, 'nested'],
    ["'> - ' × 2,000", `${'> - '.repeat(2_000)}word\n`, 'nested'],
    ["'- ' × 4,000", `${'- '.repeat(4_000)}item\n`, 'nested'],
    ["'1. ' × 2,000", `${'1. '.repeat(2_000)}item\n`, 'nested'],
    [
      'a list nested by indentation, 80 deep',
      Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
      'nested',
    ],
    ["'[a](' × 20,000", '[a]('.repeat(20_000), 'markup'],
    ['nested brackets', `${'['.repeat(5_000)}a${']'.repeat(5_000)}`, 'markup'],
    ['nested emphasis', `${'*'.repeat(5_000)}a${'*'.repeat(5_000)}`, 'markup'],
    ['nested images', `${'!['.repeat(2_000)}a${'](b)'.repeat(2_000)}`, 'markup'],
    ['a paragraph of 20,000 short lines', 'a\n'.repeat(20_000), 'markup'],
    // Quadratic in micromark's document tokenizer: the list item's took 5.4 s; 4,000 quotes 2.9 s, 16,000 44 s.
    ['a quote continued by 8,000 lines without `>`', `> a note\n${'a line\n'.repeat(8_000)}`, 'lazy'],
    ['a list item continued by 8,000 unindented lines', `- [ ] a step\n${'a line\n'.repeat(8_000)}`, 'lazy'],
    ['8,000 quotes, each ended by a blank line', '> a\n\n'.repeat(8_000), 'closing'],
    ['8,000 nested lists, each ended by the next item', '- a\n  - b\n'.repeat(8_000), 'closing'],
    // Found in review: each list item that ends the list (or quote) inside the item before it rebuilds
    // every event so far (`- - a` × 2,000: 1.1 s), as does each setext heading (`a`, `===` × 4,000: 10 s);
    // a footnote definition goes on lazily as a list item does.
    ["'- - a' × 2,000", '- - a\n'.repeat(2_000), 'closing'],
    ["'- > a' × 2,000", '- > a\n'.repeat(2_000), 'closing'],
    ["'1. - a' × 2,000", '1. - a\n'.repeat(2_000), 'closing'],
    ['2,000 headings underlined with `===`', 'a\n===\n'.repeat(2_000), 'underline'],
    ['2,000 headings underlined with `---`, lines ended by CR LF', 'a\r\n---\r\n'.repeat(2_000), 'underline'],
    ['2,000 quoted headings underlined with `===`', '> a\n> ===\n'.repeat(2_000), 'underline'],
    ['a footnote definition continued by 8,000 unindented lines', `[^a]: b\n${'a line\n'.repeat(8_000)}`, 'lazy'],
    // Found in the fifth review: lines the line model took for a block where micromark goes on with the
    // quote's paragraph lazily, looking back over it at each line (`> a`, `--`, 12,000 lines: 6.3 s).
    ['a quote, `--`, then 8,000 lines without `>`', `> a\n--\n${'b\n'.repeat(8_000)}`, 'lazy'],
    ['a quote, a row of two cells, then 8,000 lines without `>`', `> a\n> |-|-|\n${'b\n'.repeat(8_000)}`, 'lazy'],
    ["a quoted definition's title going on lazily", `> [a]:\n--\n'\n${'x\n'.repeat(8_000)}'\n`, 'lazy'],
    ['`<pre/>`, then a quote and 2,900 lines without `>`', `<pre/>\n\n> a\n${'b\n'.repeat(2_900)}\n`, 'lazy'],
    ['`<!-->`, then a quote and 2,900 lines without `>`', `<!-->\n\n> a\n${'b\n'.repeat(2_900)}\n`, 'lazy'],
    ['`<?>`, then a quote and 2,900 lines without `>`', `<?>\n\n> a\n${'b\n'.repeat(2_900)}\n`, 'lazy'],
    // Found in the sixth review: a footnote label micromark rejects, and a row's cells counted on the line
    // before a lazy one; each let a quote's lazy lines go uncounted.
    [
      'a quote, a footnote label with a `[`, then 2,000 indented lines',
      `> a\n[^a[b]: x]\n${'    b\n'.repeat(2_000)}`,
      'lazy',
    ],
    [
      'a quote, a footnote label ending in `\\]`, then 2,000 indented lines',
      `> a\n[^a\\]: x\n${'    b\n'.repeat(2_000)}`,
      'lazy',
    ],
    [
      'a quote, a lazy line, a row of two cells, then 2,000 lines',
      `> a | b\nc\n> |-|-|\n${'b\n'.repeat(2_000)}`,
      'lazy',
    ],
    // GFM's autolink literals look back to a `[` no `]` has closed at each word: quadratic in the
    // paragraph (found by the fuzzer: a table under a step, read as the step's lazy lines, 2.6 s).
    ['a `[` left open, then 16,000 words in one paragraph', `a [ ${'a '.repeat(16_000)}\n`, 'bracket'],
    [
      'a step, then a table 5,000 columns wide with a `[` in its header, on unindented lines',
      `- [ ] a step\n| a [ |${' a |'.repeat(4_999)}\n|${' --- |'.repeat(5_000)}\n|${' b |'.repeat(5_000)}\n`,
      'bracket',
    ],
    ['a `[` left open, then 1,500 words', `See [note ${'a '.repeat(1_500)}\n`, 'bracket'],
    // The bench's densest shape (each `w` looked back from twice) at 9.8 × a plain plan's time per KB
    // when the walk's limit was 500,000 alone: now its time per KB is what is bounded.
    ['a quote, a `[` left open, then 560 short words', `> See [note ${'w '.repeat(560)}\n`, 'bracket'],
    ['a `[` whose `]` is code, then 1,500 words', `See [note \`]\` ${'a '.repeat(1_500)}\n`, 'bracket'],
    ['a `[` whose `]` is escaped, then 1,500 words', `See [note \\] ${'a '.repeat(1_500)}\n`, 'bracket'],
    // An `http` and a `www.` literal check the character before on their own: an `h` after a digit,
    // a `w` after `(` (no email literal could start there) are looked back from too.
    ["a `[` left open, then '1h' × 2,000", `See [note ${'1h'.repeat(2_000)}\n`, 'bracket'],
    ["a `[` left open, then '(w' × 2,000", `See [note ${'(w'.repeat(2_000)}\n`, 'bracket'],
    // Found in review: a `]` in a link's destination closes nothing (the `[` before the link stays open);
    // a `[` in code is no label (the walk goes back to the one before); a row of no cells is no table;
    // a quote's `>` is no character before a `w`; a link is many events.
    ['a `[`, a link whose destination holds a `]`, 1,500 words', `Client [x [a](]) ${'a '.repeat(1_500)}\n`, 'bracket'],
    [
      'a `[`, then 80 runs of 80 words each after a `[` in code',
      `Client [x ${`${'a '.repeat(80)}\`[\` `.repeat(80)}\n`,
      'bracket',
    ],
    ['a `[`, two lines of `|` alone, 1,500 words', `Client [x\n|\n|\n${'a '.repeat(1_500)}\n`, 'bracket'],
    ["a quote with a `[`, then 600 lines of '>w'", `>[x\n${'>w\n'.repeat(600)}`, 'bracket'],
    ['a `[`, 60 links, 700 words', `[x ${'[a](b) '.repeat(60)}${'a '.repeat(700)}\n`, 'bracket'],
    // A literal's path reads each run of trailing punctuation again at each character of it, and
    // every `www.` in a word reads the rest of the word.
    ['a link literal, then 150 commas', `*Note* see www.example.com/${','.repeat(150)}x\n`, 'markup'],
    // mdast-util-gfm-autolink-literal's `findUrl` reads a `www.` micromark rejected (after `+`) to the
    // end of its word again (found in review: 3,900 of them before a 400 KB word, 3.3 s).
    [
      "'+www.-' × 500, then a word of 20,000 characters",
      `*x* ${'+www.-'.repeat(500)}${'x'.repeat(20_000)}\n`,
      'markup',
    ],
    [
      "'_www.a' × 250 in one word of 20,000 more characters",
      `${'_www.a'.repeat(250)}${'a'.repeat(20_000)}\n`,
      'markup',
    ],
    // From the second review: a `]` inside an angle destination, a title, an HTML comment past a
    // `>`, a quoted attribute closes nothing; a line ending is three events.
    [
      'a `[`, a link whose angle destination holds `)]`, 1,500 words',
      `[x [a](<b)]>) ${'a '.repeat(1_500)}\n`,
      'bracket',
    ],
    ['a `[`, a link whose title holds `]`, 1,500 words', `[x [a](b "]") ${'a '.repeat(1_500)}\n`, 'bracket'],
    ['a `[`, an HTML comment holding `> ]`, 1,500 words', `[x <!-- a > b ] --> ${'a '.repeat(1_500)}\n`, 'bracket'],
    ['a `[`, a tag whose attribute holds `>]`, 1,500 words', `[x <a t=">]"> ${'a '.repeat(1_500)}\n`, 'bracket'],
    [
      'a `[`, 1,100 indented lines of a comma, 200 words',
      `Client [x\n${' ,\n'.repeat(1_100)}${'w '.repeat(200)}\n`,
      'bracket',
    ],
    [
      'a link literal, then `&a;` and commas × 200',
      `See www.example.com/${'&a;,,,,,,,,,,'.repeat(200)}x for more.\n`,
      'markup',
    ],
    ["'_www.a' × 20, then 170 dots, in one word", `See ${'_www.a'.repeat(20)}${'.'.repeat(170)}a_a end\n`, 'markup'],
    ["'<?' × 100, then a word of 40,000 characters", `See ${'<?'.repeat(100)} ${'x'.repeat(40_000)}\n`, 'markup'],
    // From the third review: where HTML, a destination or code ends is not followed (a model of it
    // let a `[` go uncounted); a `]` after any of them closes no `[` before it.
    ...[
      '<?> ] ?> ',
      '<![CDATA[]]]> ',
      '[a]( <b ) ] >) ',
      '<a b="\\" c="> ] "> ',
      '<http://a\\> `> ] ` ',
      '[a](b c `) ] ` ',
      '<a `]> ] ` ',
    ].map((snippet): [string, string, string] => [
      `a \`[\`, then ${JSON.stringify(snippet)}, then 1,000 words`,
      `[x ${snippet}${'w '.repeat(1_000)}\n`,
      'bracket',
    ]),
    // A no-break space after the header's last pipe makes one more cell: no table, one paragraph.
    [
      'rows of 100 markup characters under a header that is no table',
      `| a |\u00a0\n| - |\n${`|${'a*'.repeat(50)}\n`.repeat(20)}`,
      'markup',
    ],
    // Found in review: a "table" whose header is inside an HTML comment is no table, and its rows are
    // one paragraph; the rough pass cut it into rows, each under the limits (200 rows: 1.5 s).
    [
      'rows of markup under a header inside an HTML comment',
      `a\n<!--\n| a |\n| - |\n|-->\n${`|${'a*'.repeat(50)}\n`.repeat(200)}`,
      'markup',
    ],
    [
      'rows of markup under a header inside an HTML comment opened before a blank line',
      `<!--\n\n| a |\n| - |\n|-->\n${`|${'a*'.repeat(50)}\n`.repeat(200)}`,
      'markup',
    ],
    ['an escaped backslash, a `[`, then 1,500 words', `See \\\\[note ${'a '.repeat(1_500)}\n`, 'bracket'],
    // Just past the limits, where micromark's square term already doubled the time per KB of such text.
    ['a quote continued by 160 lines without `>`', `> a note\n${'a line\n'.repeat(160)}`, 'lazy'],
    ['160 nested lists, each ended by the next item', '- a step\n  - a part\n'.repeat(160), 'closing'],
    ['120 quotes, each ended by a blank line', '> a quote\n\n'.repeat(120), 'closing'],
    // A tab after `>` runs to the next tab stop: `>\t  #` is four columns in, no heading but the
    // quote's paragraph going on (found in review: the rough pass took it for a heading).
    [
      'a quote whose `#` line is indented by a tab',
      `> a\n>\t  # ${'x!'.repeat(130)}\n> ${'x!'.repeat(130)}\n`,
      'markup',
    ],
    [
      'a quote, then lines that look like a table',
      `> a\n>\t  # x\n| ${'x!'.repeat(130)} |\n| - |\n| ${'x!'.repeat(130)} |\n`,
      'markup',
    ],
    [
      'three lines of one quoted paragraph, the middle one indented by a tab',
      `> ${'x!'.repeat(100)}\n>\t  # ${'x!'.repeat(100)}\n> ${'x!'.repeat(100)}\n`,
      'markup',
    ],
  ];
  for (const [name, body, kind] of cases) {
    it(name, () => {
      // The finding names the line the nesting or the paragraph starts on (the closings: the line
      // inside the first container that ends), and is the only one.
      const line = name.includes('indentation')
        ? 8 + MAX_NESTING
        : name.includes('nested lists')
          ? 9
          : name.includes('then a quote and')
            ? 10
            : name.includes('before a blank line')
              ? 13
              : name.includes('header inside an HTML')
                ? 13
                : 8;
      expect(findings(body)).toEqual([`${line} plan-too-complex#${kind}`]);
    });
  }

  it('a `[` left open, quoting the words after it, on the line the paragraph starts', () => {
    const body = `Session note, pasted:\nshe said [pasted from the intake form\n${'and then the week went on '.repeat(300)}\n`;
    const found = lint(parsePlan(HEAD + body), OPTIONS);
    expect(found.map((d) => [d.range.start.line, d.rule])).toEqual([[8, 'plan-too-complex']]);
    expect(found[0]!.message).toBe(
      "This paragraph has a '[' that no ']' closes, as far as this check can tell ('[pasted from the intake form and then the week went on and…'), and more words after it than a plan can hold: the plan is not checked. Close the bracket, write it as '\\[', or split the paragraph with blank lines.",
    );
  });

  it('a deep line in a later section, however the plan is cut', () => {
    const body = `### Goal: Sleep\n\n${'## Other\n\nText.\n\n'.repeat(50)}${'> '.repeat(50)}x\n`;
    const line = (HEAD + body).split('\n').findIndex((l) => l.startsWith('> > '));
    for (const options of [{}, { whole: true }, { softChunkLimit: 40 }])
      expect(parsePlan(HEAD + body, options).parseFindings.map((f) => [f.rule, f.range.start.line])).toEqual([
        ['plan-too-complex', line],
      ]);
  });

  it('and renders a refused plan without reading its text', () => {
    const html = renderHtml(parsePlan(HEAD + '*'.repeat(5_000) + 'a' + '*'.repeat(5_000)), {
      mode: 'export',
      today: '2026-11-28',
    });
    expect(html).not.toContain('*****');
  });
});

describe('a frontmatter nested past 64', () => {
  for (const [name, yaml] of [
    ['flow sequences', `a: ${'['.repeat(5_000)}${']'.repeat(5_000)}`],
    ['flow mappings', `a: ${'{b: '.repeat(3_000)}1${'}'.repeat(3_000)}`],
    ['compact sequences', `a:\n  ${'- '.repeat(3_000)}x`],
  ]) {
    it(`is a YAML error, not a stack overflow inside yaml: ${name}`, () => {
      const got = lint(parsePlan(`---\n${yaml}\n---\n\n## Problem: X\n`), OPTIONS).filter(
        (d) => d.rule === 'frontmatter-yaml' || d.rule === 'plan-too-complex',
      );
      expect(got.map((d) => `${d.rule}: ${d.message}`)).toEqual([
        "frontmatter-yaml: The frontmatter's YAML does not parse: it nests brackets or lists more than 64 deep.",
      ]);
    });
  }
});

describe('the guard passes', () => {
  const examples = readdirSync(path.join(ROOT, 'examples')).map((f) =>
    readFileSync(path.join(ROOT, 'examples', f), 'utf8'),
  );
  const refused = (text: string) => parsePlan(text).parseFindings.some((f) => f.rule === 'plan-too-complex');

  it('every example and generated plan', () => {
    for (const text of [...examples, generatePlanOfLines(100), generatePlanOfLines(10_000)])
      expect(refused(text)).toBe(false);
  });

  it('long tables, lists and prose that only look like much in a run of lines', () => {
    const table = '| Date | Measure | Score |\n| --- | --- | --- |\n' + '| 2026-11-02 | PHQ-9 | **16** |\n'.repeat(300);
    const ordered = Array.from({ length: 300 }, (_, i) => `${i + 1}. [Step](s.md) *${i}*`).join('\n');
    const prose = 'The client walks to work and back, most days.\n'.repeat(600);
    const nested = Array.from({ length: 24 }, (_, i) => `${'    '.repeat(i)}- level ${i + 1}`).join('\n');
    const quotes = `${'> '.repeat(8)}"I want to get back to work."`;
    const code = '```\n' + `${'- '.repeat(8)}x\n`.repeat(500) + '```';
    // Quotes and nested lists that end, and lazy lines, as many as a long section could hold.
    // (The longest in any Markdown file of this repository: closings 2,578 in one section of ARCHITECTURE.md,
    // under 300 in a plan; lazy lines 20.)
    const notes = '> "I slept four hours." (session note)\n\n'.repeat(60);
    const substeps = '- [ ] A step, by 2027-01-15\n  - a part of it\n'.repeat(60);
    const wrapped = `- [ ] ${'A step wrapped over lines\n'.repeat(100)}`;
    // A long section written with setext headings, footnotes, and steps with parts ended by the next step.
    const setext = `${'Session notes\n-------------\n\n'}${'The client walks to work.\n'.repeat(8)}\n`.repeat(40);
    // A plan with a footnote is one section: 54 steps with parts and 9 quotes (found in review: refused).
    let footnoted = '';
    for (let g = 1; g <= 9; g++) {
      footnoted += `### Goal: Goal ${g} [^1]\n\n> "I want to sleep through the night."\n\n#### Steps\n\n`;
      footnoted += '- [ ] A step, by 2027-01-15\n  - a first part\n  - a second part\n'.repeat(6);
      footnoted += '\n#### Methods\n\n- Behavioral activation\n\n';
    }
    footnoted += '[^1]: Intake interview, 2026-11-02.\n';
    // Found in the sixth review: 6 problems of 3 goals, each with 8 steps of two parts, a quote with a list,
    // a comment and a table, and one footnote (about 28 KB in one section): refused for closings.
    let long = '';
    for (let p = 1; p <= 6; p++) {
      long += `## Problem: Problem ${p} [^2]\n\nLow mood most days.\n\n`;
      for (let g = 1; g <= 3; g++) {
        long += `### Goal: Goal ${g}\n\n> She said:\n> - "I can't sleep"\n> - "I can't focus"\n\n<!-- reviewed -->\n\n`;
        long += '| Week | Hours |\n| --- | --- |\n| 1 | 4 |\n\n#### Steps\n\n';
        long += '- [ ] A step, by 2027-01-15\n  - [ ] a first part\n  - [ ] a second part\n'.repeat(8);
        long += '\n#### Methods\n\n- Behavioral activation\n\n';
      }
    }
    long += '[^2]: Intake interview, 2026-11-02.\n';
    // A notes log with a setext heading a week, 300 weeks in one section.
    const weeks = 'Week notes\n----------\n\nThe client walked to work most days this week.\n\n'.repeat(300);
    const footnotes = '[^1]: PHQ-9 scoring, Kroenke and Spitzer, 2002.\n'.repeat(20);
    const parts = '- [ ] A step\n  - a part\n    - a detail\n'.repeat(30);
    // A placeholder left open before 1,600 words of one paragraph (refused when the walk's limit did
    // not grow with the paragraph: 800 words were 0.69 of it); brackets closed or escaped before far more words.
    const sentence = 'The client will practise one grounding skill each evening, noting 2 ratings (0-10) in the log. ';
    const placeholder = `[Client name ${sentence.repeat(100)}`;
    const closed = `See [note] and [1] ${'a '.repeat(16_000)}`;
    const escaped = `See \\[note ${'a '.repeat(16_000)}`;
    // A `<` that starts no HTML closes a `[` as any `]` does; links and a pasted image are linear.
    const scores = `Scores [PHQ-9 < 10] ${'a '.repeat(1_100)}`;
    // Signature lines: a run of `_` between spaces is no emphasis (found in review: 8 lines were refused).
    const signatures = 'Client signature: ______________________  Date: ____________\n'.repeat(8);
    const links =
      'See https://example.org/a/b?c=d, www.example.com/x. and the handout at <https://example.org>.\n'.repeat(50);
    const image = `![scan](data:image/png;base64,${'iVBORw0KGgo+/aW'.repeat(8_000)})`;
    for (const body of [
      table,
      ordered,
      prose,
      nested,
      quotes,
      code,
      '- - - - - - - - - - - - - - - - - - - -',
      notes,
      substeps,
      wrapped,
      setext,
      weeks,
      footnoted,
      long,
      footnotes,
      parts,
      placeholder,
      closed,
      escaped,
      scores,
      signatures,
      links,
      image,
    ])
      expect(refused(`${HEAD}${body}\n`), body.slice(0, 40)).toBe(false);
  });
});

// Lines that open and continue containers, paragraphs and tables, for the properties below.
const LINES = [
  ...['a', 'text *b* [c](d) `e`', '[a](', '*', '_a_', '<b>', '&amp;', '\\*', '![x](y)', '', '', ''],
  ...['- a', '- [ ] step', '* b', '+ c', '1. d', '2. e', '1) f', '-', '- ', '  - g', '    - h', '      - i'],
  ...['> q', '>', '> > r', '>> s', '> - t', '   > u', '    > v', '> 1. w', '# h', '## h2', '   # h3', '#no'],
  ...['| a | b |', '| --- | --- |', '|---|', 'x | y', '```', '~~~', '    code', '<div>', '</div>', '<!--', '-->'],
  ...['|a|', '| - |', '| a \\| b |', '|`a|b`|', '| :-: | --: |', '|', '| a | b', '|-|-|'],
  ...['[a]: b', '[a]: b "t', 't"', '===', '---', '***', '- - -', '\t- tab', ' \t> tab', '  lazy'],
  ...['[a]: b "c"', "[A b]: c 'd'", '[a]: b "c" x', '[a]:', '"c"', '[^a]: b *c*', '[a]: b (c)', '[ ]: b', '[a]:b'],
  ...[`[${' '.repeat(999)}a]: b`, `[${'a'.repeat(999)}]: b`, '[a]: *_*_ "[ w w"'],
];

const remark = unified().use(remarkParse).use(remarkGfm);

/** How deep block quotes and list items nest in remark's tree of a text. */
function containerDepth(text: string): number {
  let deepest = 0;
  const stack: Array<[Nodes, number]> = [[remark.parse(text) as Root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const here = node.type === 'blockquote' || node.type === 'listItem' ? depth + 1 : depth;
    deepest = Math.max(deepest, here);
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, here]);
  }
  return deepest;
}

describe('the rough bounds hold remark', () => {
  const texts = fc
    .array(
      fc.tuple(
        fc.constantFrom(...LINES),
        fc.constantFrom('', '', ' ', '  ', '   ', '    ', '> ', '- ', '  ', '>\t', '>\t  ', '>>\t   ', '\t'),
      ),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .map((lines) => lines.map(([line, indent]) => indent + line).join('\n'));

  it('no container nests deeper than the deepest line could open', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const bound = Math.max(...text.split('\n').map((l) => nestingBound(l, 0, l.length).depth));
        expect(containerDepth(text), text).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 400 },
    );
  });

  it("reads the paragraphs, headings and table cells remark's tree has, where it has them", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const nodes: Array<{ start: number; end: number; line: number }> = [];
        const stack: Nodes[] = [remark.parse(text) as Root];
        while (stack.length > 0) {
          const node = stack.pop()!;
          const p = node.position!;
          if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
            nodes.push({ start: p.start.offset!, end: p.end.offset!, line: p.start.line - 1 });
          else if ('children' in node)
            for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
        }
        const read = [...textContents(text, false)];
        // remark starts a task list item's paragraph after its box: the guard counts the box too.
        const box = (r: (typeof read)[number], n: (typeof nodes)[number]) =>
          r.start === n.start || /^\[[ xX]\][ \t]$/.test(text.slice(r.start, n.start));
        expect(read.length, text).toBe(nodes.length);
        read.forEach((r, i) => {
          const n = nodes[i]!;
          expect(r.end === n.end && r.line === n.line && box(r, n), JSON.stringify({ text, r, n })).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('leaves out a link definition alone on the line that starts a run: no inline parse reads it', () => {
    // Found by the fuzzer (seed 20261290783692, input 160): 20,000 definitions are one run of brackets
    // and quotes, so the exact pass parsed them all again (1.4 s of 3.8).
    const definitions = '[a]: b "c"\n'.repeat(20_000);
    expect(roughMarkup(definitions)).toEqual([]);
    expect(roughMarkup(`# Notes\n${definitions}`, 0, 0)).toEqual([]);
    // After a paragraph's line a definition cannot start: the lines are that paragraph's text.
    expect(roughMarkup(`Notes\n${definitions}`)).toEqual([0]);
    // Text after the title, a footnote (its text is parsed inline): no definition.
    expect(roughMarkup('[a]: b "c" and more\n'.repeat(20_000))).toEqual([0]);
    expect(roughMarkup('[^a]: b "c"\n'.repeat(20_000))).toEqual([0]);
    // Found in review: a label of more than 999 characters, spaces included, is no definition but a
    // paragraph, and the definitions after it its text (a `[` left open in a title, then 20,000 words: 2.7 s).
    const long = `[${' '.repeat(1_000)}a]: b`;
    expect(roughMarkup(`${long} "[ ${'w '.repeat(20_000)}"\n`)).toEqual([0]);
    expect(roughMarkup(`${long}\n${definitions}`)).toEqual([0]);
    expect(roughMarkup(`[   ${'a'.repeat(996)}]: b\n${definitions}`)).toEqual([]);
  });

  it('looks for a carriage return once a text, not once a run', () => {
    // Found in review: each run's first line looked for a `\r` in the whole text, and a plan with a link
    // definition is read in one piece: 1 MB of one-word paragraphs took 7.1 s in the rough pass alone.
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    try {
      roughMarkup(`[a]: b\n\n${'a\n\n'.repeat(2_000)}`);
      expect(indexOf.mock.calls.filter(([what]) => what === '\r').length).toBeLessThanOrEqual(1);
    } finally {
      indexOf.mockRestore();
    }
  });

  it('cuts a run at a table that interrupts a top-level paragraph, and only there', () => {
    const rows = '| c | d |\n'.repeat(3_000);
    const pieces = (text: string) => [...runs(text)].flatMap((run) => [...tablePieces(text, run)]).length;
    // The paragraph, then each row: no piece holds the table's 3,000 rows of pipes.
    expect(pieces(`Back to work or\nschool.\n| a | b |\n| --- | --- |\n${rows}`)).toBe(3_003);
    // A heading is a run of its own, and a table right after it is cut as at a run's start (fuzz seed
    // 6000018, input 474: the guard's exact pass took half a second on a 5,000-row table after `# Treatment plan`).
    expect(pieces(`# Treatment plan\n| a | b |\n| --- | --- |\n${rows}`)).toBe(3_003);
    expect(pieces(`> ## Notes\n> more\n`)).toBe(2);
    // In a list item or a quote the header is a lazy line of its paragraph: one paragraph, one piece.
    expect(pieces(`- [ ] Back to work\n| a | b |\n| --- | --- |\n${rows}`)).toBe(1);
    expect(pieces(`Back to work\n> or school\n| a | b |\n| --- | --- |\n${rows}`)).toBe(1);
  });

  it('every paragraph, heading and table cell lies inside one run of lines (one row, in a table)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const all = [...runs(text)].flatMap((run) => [...tablePieces(text, run)]);
        for (const piece of textContents(text, false))
          expect(
            all.some((r) => r.start <= piece.start && piece.end <= r.end),
            JSON.stringify({ text, piece }),
          ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
