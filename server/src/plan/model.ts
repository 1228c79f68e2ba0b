// The Plan model: the words of plan-format.md as types. Every element carries
// the source range it came from, so rules, hovers and fixes can point at it.
// Positions are 0-based lines and UTF-16 columns, as in LSP.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A value with the range of the text it was read from. */
export interface Located<T> {
  value: T;
  range: Range;
}

export type Status = 'draft' | 'active' | 'completed' | 'discontinued';
export type Style = 'formal' | 'informal';
export type Severity = 'mild' | 'moderate' | 'severe';
export type Payer = 'insurance' | 'self-pay' | 'other';

/** One `key: value` pair of the frontmatter, before interpretation. */
export interface FrontmatterEntry {
  key: string;
  keyRange: Range;
  /** The plain JS value (`yaml` toJS). */
  value: unknown;
  valueRange: Range;
  /** The whole `key: value` text, for fixes that rewrite or remove it. */
  range: Range;
}

export interface Frontmatter {
  /** From the opening `---` to the closing one (inclusive). */
  range: Range;
  /** The opening `---` line. */
  openRange: Range;
  /** Where a new `key: value` line can be inserted (the start of the closing fence line). */
  insertAt: Position;
  /** False when the YAML did not parse or is not a mapping; typed fields are then empty. */
  ok: boolean;
  entries: FrontmatterEntry[];
}

export interface Diagnosis {
  /** The list item. */
  range: Range;
  code?: Located<string>;
  name?: Located<string>;
  basis?: Located<string>;
  reviewed?: Located<string>;
}

export interface Service {
  range: Range;
  modality?: Located<string>;
  frequency?: Located<string>;
  duration?: Located<string>;
}

export interface Revision {
  range: Range;
  date?: Located<string>;
  summary?: Located<string>;
}

/** The frontmatter read as the format's typed keys; a key is absent when missing or of the wrong type. */
export interface PlanMeta {
  type?: Located<string>;
  client?: Located<string>;
  clinician?: Located<string>;
  created?: Located<string>;
  updated?: Located<string>;
  review?: Located<string>;
  status?: Located<Status>;
  style?: Located<Style>;
  severity?: Located<Severity>;
  payer?: Located<Payer>;
  diagnoses?: Located<Diagnosis[]>;
  services?: Located<Service[]>;
  revisions?: Located<Revision[]>;
}

/** A value of the frontmatter that does not fit the format (frontmatter-type). */
export interface TypeProblem {
  key: string;
  range: Range;
  message: string;
}

/** A frontmatter key the format does not know (frontmatter-unknown-key). */
export interface UnknownKey {
  key: string;
  range: Range;
  /** The keys that are known where this one stands. */
  known: readonly string[];
  /** Where it stands: `''` at top level, `diagnoses[]` inside a diagnosis. */
  parent: string;
}

export interface Heading {
  depth: number;
  /** The heading's plain text, without the `#` marks. */
  text: string;
  /** The whole heading line. */
  range: Range;
  /** The text after the `#` marks. */
  textRange: Range;
}

export interface Step {
  /** The whole list item. */
  range: Range;
  /** The item's text (source Markdown of its first paragraph, trimmed), without the task box. */
  text: string;
  textRange: Range;
  /** `[x]` met, `[ ]` or no box: open. */
  met: boolean;
  /** The `[ ]` / `[x]` box when there is one. */
  boxRange?: Range;
  /** `by YYYY-MM-DD`: the date. */
  target?: Located<string>;
}

export interface Method {
  range: Range;
  text: string;
  textRange: Range;
}

/** A `#### Steps` or `#### Methods` part of a goal. */
export interface GoalPart<T> {
  heading: Heading;
  items: T[];
  /** Where the part ends (the start of the next heading that closes it, or the end of the text). */
  end: Position;
}

export interface Goal {
  heading: Heading;
  /** The goal text after `Goal:`. */
  text: string;
  steps?: GoalPart<Step>;
  methods?: GoalPart<Method>;
  /** Where the goal ends: the start of the heading that closes it, or the end of the text. */
  end: Position;
}

export interface Problem {
  heading: Heading;
  /** The problem name after `Problem:` (trailing text such as `(module: x)` removed). */
  name: string;
  /** The module id named in a trailing `(module: id)`, when there is one. */
  moduleHint?: string;
  goals: Goal[];
  end: Position;
  /** Where the problem's description (the text before its first goal or sub-heading) ends. */
  descriptionEnd: Position;
}

/** A `##` section that is not a problem: the safety plan or any other. */
export interface Section {
  heading: Heading;
  /** True when the section holds any content besides its heading. */
  hasContent: boolean;
  end: Position;
}

export type MisplacedReason = 'goal-outside-problem' | 'part-outside-goal' | 'skipped-level' | 'wrong-depth';

export interface MisplacedHeading {
  heading: Heading;
  reason: MisplacedReason;
  /** What the heading is (`Goal`, `Steps`, …), for the message. */
  kind: string;
  /** The level it should have, when the reason is wrong-depth or skipped-level. */
  expectedDepth?: number;
}

export interface Directive {
  kind: 'disable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  line: number;
}

export interface ParseProblem {
  /** The rule the problem is reported under. */
  rule: 'frontmatter-yaml' | 'plan-too-large';
  message: string;
  range: Range;
}

export interface Plan {
  /** The text as given. */
  text: string;
  /** `\r\n` when the text uses it, else `\n`: fixes insert lines with the plan's own ending. */
  eol: string;
  /** The end of the text. */
  end: Position;
  frontmatter?: Frontmatter;
  meta: PlanMeta;
  typeProblems: TypeProblem[];
  unknownKeys: UnknownKey[];
  title?: Heading;
  problems: Problem[];
  safetyPlan?: Section;
  /** Other `##` sections, in document order. */
  sections: Section[];
  /** Every heading at top level, in document order (outline, symbols, folding). */
  headings: Heading[];
  misplaced: MisplacedHeading[];
  directives: Directive[];
  parseProblems: ParseProblem[];
  /** Top-level chunks the text was parsed in, for rules that memoize work per chunk. */
  chunks: Chunk[];
}

export interface Chunk {
  text: string;
  /** The line the chunk starts on. */
  line: number;
  /** The column it starts at on that line (1 after a byte order mark). */
  character: number;
  /** True for the frontmatter chunk. */
  frontmatter: boolean;
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
