// The outline of one group of chunks (a problem, the safety plan or another
// top-level section, with whatever follows it up to the next one): the walk
// that turns headings and lists into problems › goals › steps and methods.

import type { Block } from './blocks';
import { EXPECTED_DEPTH, KIND_NAME, headingInfo, toEntry, toMethod, toStep, type HeadingInfo } from './headings';
import { isMeasuresHeading, measuresTable, type MeasuresTable } from './measures';
import type {
  Goal,
  GoalPart,
  Heading,
  Method,
  MisplacedHeading,
  Mutable,
  Position,
  Problem,
  Section,
  SectionEntry,
  Step,
} from './model';

export interface Outline {
  readonly title?: Heading;
  readonly problems: readonly Problem[];
  readonly safetyPlan?: Section;
  readonly sections: readonly Section[];
  readonly measures: readonly MeasuresTable[];
  readonly headings: readonly Heading[];
  readonly misplaced: readonly MisplacedHeading[];
}

type Building<T> = Mutable<T>;
type OpenGoal = Building<Goal> & { steps?: Building<GoalPart<Step>> & { items: Step[] } } & {
  methods?: Building<GoalPart<Method>> & { items: Method[] };
};
type OpenProblem = Building<Problem> & { goals: Goal[] };
type OpenSection = Building<Section> & { entries: SectionEntry[] };
type OpenPart =
  | { kind: 'steps'; value: Building<GoalPart<Step>> & { items: Step[] } }
  | {
      kind: 'methods';
      value: Building<GoalPart<Method>> & { items: Method[] };
    };

/**
 * Builds the outline of one group of chunks, as the whole-plan walk would,
 * given what came before it: whether a title may still come (`titleOpen`) and
 * whether a safety plan was already found (`hasSafety`). `end` is where the
 * group ends: what is still open there ends there.
 */
export function buildGroup(
  chunks: ReadonlyArray<readonly Block[]>,
  end: Position,
  titleOpen: boolean,
  hasSafety: boolean,
): Outline {
  const walk = new GroupWalk(end, titleOpen, hasSafety);
  for (const blocks of chunks)
    for (const block of blocks) {
      if (block.kind === 'heading') walk.heading(block);
      else if (block.kind !== 'yaml') walk.content(block);
    }
  return walk.finish();
}

/** The walk's state: what is open at the current block, and what has been found. */
class GroupWalk {
  title: Heading | undefined;
  safetyPlan: Section | undefined;
  readonly problems: Problem[] = [];
  readonly sections: Section[] = [];
  readonly measures: MeasuresTable[] = [];
  readonly headings: Heading[] = [];
  readonly misplaced: MisplacedHeading[] = [];
  // True inside a `## Measures` section: its tables are the plan's scores.
  inMeasures = false;
  problem: OpenProblem | undefined;
  goal: OpenGoal | undefined;
  part: OpenPart | undefined;
  section: OpenSection | undefined;
  // The sub-heading entry of the section that waits for content under it.
  openEntry: Building<SectionEntry> | undefined;
  // A goal found outside any problem: its own parts are not reported again.
  orphanGoal = false;
  previousDepth = 1;

  constructor(
    readonly end: Position,
    readonly titleOpen: boolean,
    readonly hasSafety: boolean,
  ) {}

  /** A block that is not a heading: the content of what is open. */
  content(block: Exclude<Block, { kind: 'heading' | 'yaml' }>): void {
    const { section, goal, part } = this;
    if (section) {
      section.hasContent = true;
      // Under a sub-heading the blocks are its content; else each list item may be a labelled entry.
      if (this.openEntry) this.openEntry.filled = true;
      else if (block.kind === 'list') for (const item of block.items) section.entries.push(toEntry(item));
      if (block.kind === 'table' && this.inMeasures) this.measures.push(measuresTable(block));
    }
    // A quote right under the goal heading, before its parts: the goal in the client's words.
    if (block.kind === 'quote' && goal && !part && !goal.clientWords && block.text)
      goal.clientWords = { value: block.text, range: block.range };
    if (block.kind === 'list' && part) {
      if (part.kind === 'steps') for (const item of block.items) part.value.items.push(toStep(item));
      else for (const item of block.items) part.value.items.push(toMethod(item));
    }
  }

  /** A heading: checked for its depth, then it closes what it ends and opens what it names. */
  heading(block: Extract<Block, { kind: 'heading' }>): void {
    const info = headingInfo(block);
    const heading = info.heading;
    this.headings.push(heading);
    // What the heading closes ends at the start of its line: an indented
    // heading (` # x`) must not leave its indent inside the part before it.
    const at =
      heading.range.start.character === 0 ? heading.range.start : { line: heading.range.start.line, character: 0 };
    const kind = info.kind;
    const depth = heading.depth;
    if (kind !== 'other' && depth !== EXPECTED_DEPTH[kind]) {
      this.misplaced.push({
        heading,
        reason: 'wrong-depth',
        kind: KIND_NAME[kind],
        expectedDepth: EXPECTED_DEPTH[kind],
      });
    } else if (kind === 'other' && depth > this.previousDepth + 1) {
      this.misplaced.push({ heading, reason: 'skipped-level', kind: 'heading', expectedDepth: this.previousDepth + 1 });
    }
    this.previousDepth = depth;
    if (this.problem && depth >= 3 && this.problem.descriptionEnd === this.end) this.problem.descriptionEnd = at;

    switch (kind) {
      case 'problem':
        return this.openProblem(info, at);
      case 'safety': {
        this.closeTop(at);
        const section: OpenSection = { heading, hasContent: false, entries: [], end: this.end };
        this.section = section;
        if (this.hasSafety || this.safetyPlan) this.sections.push(section);
        else this.safetyPlan = section;
        return;
      }
      case 'goal':
        return this.openGoal(info, at);
      case 'steps':
      case 'methods':
        return this.openPart(kind, heading, at);
      default:
        return this.otherHeading(heading, at);
    }
  }

  private openProblem(info: HeadingInfo, at: Position): void {
    this.closeTop(at);
    const problem: OpenProblem = {
      heading: info.heading,
      ...(info.problem ?? { name: '' }),
      goals: [],
      end: this.end,
      descriptionEnd: this.end,
    };
    this.problem = problem;
    this.problems.push(problem);
  }

  private openGoal(info: HeadingInfo, at: Position): void {
    this.closeGoal(at);
    const heading = info.heading;
    if (!this.problem) {
      this.misplaced.push({ heading, reason: 'goal-outside-problem', kind: 'Goal' });
      this.orphanGoal = true;
      return;
    }
    const goal: OpenGoal = { heading, text: info.goalText ?? '', end: this.end };
    this.goal = goal;
    this.problem.goals.push(goal);
  }

  private openPart(kind: 'steps' | 'methods', heading: Heading, at: Position): void {
    this.closePart(at);
    const { goal, end } = this;
    if (!goal) {
      if (!this.orphanGoal) this.misplaced.push({ heading, reason: 'part-outside-goal', kind: KIND_NAME[kind] });
      return;
    }
    // A second Steps/Methods list in one goal adds to the first.
    if (kind === 'steps') this.part = { kind, value: (goal.steps ??= { heading, items: [], end }) };
    else this.part = { kind, value: (goal.methods ??= { heading, items: [], end }) };
  }

  /** A heading no keyword names: the title, a top-level section, or a sub-heading that labels an entry. */
  private otherHeading(heading: Heading, at: Position): void {
    const depth = heading.depth;
    if (depth <= 2) {
      this.closeTop(at);
      if (depth === 1 && this.titleOpen && !this.title && this.problems.length === 0 && this.sections.length === 0) {
        this.title = heading;
      } else {
        const section: OpenSection = { heading, hasContent: false, entries: [], end: this.end };
        this.section = section;
        this.sections.push(section);
        this.inMeasures = isMeasuresHeading(heading.text, depth);
      }
      return;
    }
    if (depth === 3) this.closeGoal(at);
    else this.closePart(at);
    // A sub-heading in a section (`### Warning signs`) labels what follows it.
    if (this.section) {
      const entry: Building<SectionEntry> = {
        label: heading.text,
        kind: 'heading',
        labelled: true,
        filled: false,
        range: heading.range,
      };
      this.openEntry = entry;
      this.section.entries.push(entry);
    }
  }

  private closePart(at: Position): void {
    if (this.part) this.part.value.end = at;
    this.part = undefined;
  }

  private closeGoal(at: Position): void {
    this.closePart(at);
    if (this.goal) this.goal.end = at;
    this.goal = undefined;
    this.orphanGoal = false;
  }

  private closeTop(at: Position): void {
    this.closeGoal(at);
    const { problem, section } = this;
    if (problem) {
      problem.end = at;
      if (problem.descriptionEnd === this.end) problem.descriptionEnd = at;
    }
    if (section) section.end = at;
    this.problem = undefined;
    this.section = undefined;
    this.openEntry = undefined;
    this.inMeasures = false;
  }

  /** The outline, once what is still open is closed at the group's end. */
  finish(): Outline {
    // What is still open ends where the group ends (a Steps or Methods list
    // taken up again further down a goal would otherwise keep its first end).
    this.closeTop(this.end);
    const { title, safetyPlan } = this;
    return {
      ...(title ? { title } : {}),
      problems: this.problems,
      ...(safetyPlan ? { safetyPlan } : {}),
      sections: this.sections,
      measures: this.measures,
      headings: this.headings,
      misplaced: this.misplaced,
    };
  }
}
