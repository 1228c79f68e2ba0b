// The Plan model: the words of plan-format.md as types. Every element carries
// the source range it came from, so rules, hovers and fixes can point at it.
// Positions are 0-based lines and UTF-16 columns, as in LSP.

export type {
  Position,
  Range,
  TextEdit,
  Mutable,
  Located,
  Status,
  Style,
  Severity,
  Payer,
  Risk,
  SignatureRole,
  SignatureMethod,
} from '../base/values';
export { SIGNATURE_METHODS, SIGNATURE_ROLES } from '../base/values';
import type { Located, Position, Range } from '../base/values';
export type { Diagnosis, Service, Revision, RiskScreen, Signature, PlanMeta, TypeFinding, UnknownKey } from './meta';
import type { PlanMeta, TypeFinding, UnknownKey } from './meta';
export type { MeasuresTable, MeasureRow, TableCell } from './measures';
import type { MeasuresTable } from './measures';

/** One `key: value` pair of the frontmatter, before interpretation. */
export interface FrontmatterEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** The plain JS value (`yaml` toJS). */
  readonly value: unknown;
  readonly valueRange: Range;
  /** The whole `key: value` text, for fixes that rewrite or remove it. */
  readonly range: Range;
}

export interface Frontmatter {
  /** From the opening `---` to the closing one (inclusive). */
  readonly range: Range;
  /** The opening `---` line. */
  readonly openRange: Range;
  /** Where a new `key: value` line can be inserted (the start of the closing fence line). */
  readonly insertAt: Position;
  /** False when the YAML did not parse or is not a mapping; typed fields are then empty. */
  readonly ok: boolean;
  readonly entries: readonly FrontmatterEntry[];
}

export interface Heading {
  readonly depth: number;
  /** The heading's plain text, without the `#` marks. */
  readonly text: string;
  /** The whole heading line. */
  readonly range: Range;
  /** The text after the `#` marks. */
  readonly textRange: Range;
  /** True for a `#` heading, false for a setext one (text underlined with `=` or `-`). */
  readonly atx: boolean;
}

export interface Step {
  /** The whole list item. */
  readonly range: Range;
  /** The item's text (source Markdown of its first paragraph, trimmed), without the task box. */
  readonly text: string;
  readonly textRange: Range;
  /** `[x]` met, `[ ]` or no box: open. */
  readonly met: boolean;
  /** The `[ ]` / `[x]` box when there is one. */
  readonly boxRange?: Range;
  /** `by YYYY-MM-DD`: the date. */
  readonly target?: Located<string>;
}

export interface Method {
  readonly range: Range;
  readonly text: string;
  readonly textRange: Range;
}

/** A `#### Steps` or `#### Methods` part of a goal. */
export interface GoalPart<T> {
  readonly heading: Heading;
  readonly items: readonly T[];
  /** Where the part ends (the start of the next heading that closes it, or the end of the text). */
  readonly end: Position;
}

export interface Goal {
  readonly heading: Heading;
  /** The goal text after `Goal:`. */
  readonly text: string;
  /** A block quote right under the goal heading: the goal in the client's own words. */
  readonly clientWords?: Located<string>;
  readonly steps?: GoalPart<Step>;
  readonly methods?: GoalPart<Method>;
  /** Where the goal ends: the start of the heading that closes it, or the end of the text. */
  readonly end: Position;
}

export interface Problem {
  readonly heading: Heading;
  /** The problem name after `Problem:` (trailing text such as `(module: x)` removed). */
  readonly name: string;
  /** The module id named in a trailing `(module: id)`, when there is one. */
  readonly moduleHint?: string;
  readonly goals: readonly Goal[];
  readonly end: Position;
  /** Where the problem's description (the text before its first goal or sub-heading) ends. */
  readonly descriptionEnd: Position;
}

/**
 * A labelled entry of a section: a list item (`- Warning signs: …`, the label
 * before the colon) or a sub-heading (`### Warning signs` and what follows it).
 */
export interface SectionEntry {
  readonly label: string;
  readonly kind: 'item' | 'heading';
  /** True for a sub-heading, an item with a colon, or an item with items under it; else the item is its own content. */
  readonly labelled: boolean;
  /** True when something follows the label: text after the colon, nested items, or blocks under the sub-heading. */
  readonly filled: boolean;
  /** The item, or the sub-heading. */
  readonly range: Range;
}

/** A `##` section that is not a problem: the safety plan or any other. */
export interface Section {
  readonly heading: Heading;
  /** True when the section holds any content besides its heading. */
  readonly hasContent: boolean;
  readonly entries: readonly SectionEntry[];
  readonly end: Position;
}

export type MisplacedReason = 'goal-outside-problem' | 'part-outside-goal' | 'skipped-level' | 'wrong-depth';

export interface MisplacedHeading {
  readonly heading: Heading;
  readonly reason: MisplacedReason;
  /** What the heading is (`Goal`, `Steps`, …), for the message. */
  readonly kind: string;
  /** The level it should have, when the reason is wrong-depth or skipped-level. */
  readonly expectedDepth?: number;
}

export interface Directive {
  readonly kind: 'disable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
}

/** What the parse found wrong with the text itself; a rule reports it, in its own words. */
export interface ParseFinding {
  /** The rule the finding is reported under. */
  readonly rule: 'frontmatter-yaml' | 'plan-too-large' | 'plan-too-complex' | 'plan-unchecked' | 'frontmatter-position';
  /** The message of that rule that says it. */
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly range: Range;
}

export interface Plan {
  /** The text as given. */
  readonly text: string;
  /** `\r\n` when the text uses it, else `\n`: fixes insert lines with the plan's own ending. */
  readonly eol: string;
  /** The end of the text. */
  readonly end: Position;
  readonly frontmatter?: Frontmatter;
  readonly meta: PlanMeta;
  readonly typeFindings: readonly TypeFinding[];
  readonly unknownKeys: readonly UnknownKey[];
  readonly title?: Heading;
  readonly problems: readonly Problem[];
  readonly safetyPlan?: Section;
  /** Other `##` sections, in document order. */
  readonly sections: readonly Section[];
  /** The tables of the `## Measures` sections (scores by date), in document order. */
  readonly measures: readonly MeasuresTable[];
  /** Every heading at top level, in document order (outline, symbols, folding). */
  readonly headings: readonly Heading[];
  readonly misplaced: readonly MisplacedHeading[];
  readonly directives: readonly Directive[];
  readonly parseFindings: readonly ParseFinding[];
  /**
   * Where a fenced code or HTML block starts that is never closed: the text
   * ends inside it, so nothing inserted after this point would be Markdown.
   */
  readonly openBlockStart?: Position;
  /** Top-level chunks the text was parsed in, for rules that memoize work per chunk. */
  readonly chunks: readonly Chunk[];
}

export interface Chunk {
  readonly text: string;
  /** The line the chunk starts on. */
  readonly line: number;
  /** The column it starts at on that line (1 after a byte order mark). */
  readonly character: number;
  /** True for the frontmatter chunk. */
  readonly frontmatter: boolean;
}

/** A range in a chunk's own text, as a range in the plan (the first line is shifted by the chunk's column). */
export function chunkRange(chunk: Chunk, range: Range): Range {
  const shift = (p: Position): Position =>
    p.line === 0
      ? { line: chunk.line, character: p.character + chunk.character }
      : { line: p.line + chunk.line, character: p.character };
  return { start: shift(range.start), end: shift(range.end) };
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
