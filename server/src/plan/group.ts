// The outline of one group of chunks (a problem, the safety plan or another
// top-level section, with whatever follows it up to the next one): the walk
// that turns headings and lists into problems › goals › steps and methods.

import type { Block } from './blocks';
import { EXPECTED_DEPTH, KIND_NAME, headingInfo, toEntry, toMethod, toStep } from './headings';
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
  let title: Heading | undefined;
  let safetyPlan: Section | undefined;
  const problems: Problem[] = [];
  const sections: Section[] = [];
  const measures: MeasuresTable[] = [];
  const headings: Heading[] = [];
  const misplaced: MisplacedHeading[] = [];
  // True inside a `## Measures` section: its tables are the plan's scores.
  let inMeasures = false;
  let problem: OpenProblem | undefined;
  let goal: OpenGoal | undefined;
  let part: OpenPart | undefined;
  let section: OpenSection | undefined;
  // The sub-heading entry of the section that waits for content under it.
  let openEntry: Building<SectionEntry> | undefined;
  // A goal found outside any problem: its own parts are not reported again.
  let orphanGoal = false;
  let previousDepth = 1;

  const closePart = (at: Position) => {
    if (part) part.value.end = at;
    part = undefined;
  };
  const closeGoal = (at: Position) => {
    closePart(at);
    if (goal) goal.end = at;
    goal = undefined;
    orphanGoal = false;
  };
  const closeTop = (at: Position) => {
    closeGoal(at);
    if (problem) {
      problem.end = at;
      if (problem.descriptionEnd === end) problem.descriptionEnd = at;
    }
    if (section) section.end = at;
    problem = undefined;
    section = undefined;
    openEntry = undefined;
    inMeasures = false;
  };

  for (const blocks of chunks)
    for (const block of blocks) {
      if (block.kind === 'yaml') continue;
      if (block.kind !== 'heading') {
        if (section) {
          section.hasContent = true;
          // Under a sub-heading the blocks are its content; else each list item may be a labelled entry.
          if (openEntry) openEntry.filled = true;
          else if (block.kind === 'list') for (const item of block.items) section.entries.push(toEntry(item));
          if (block.kind === 'table' && inMeasures) measures.push(measuresTable(block));
        }
        // A quote right under the goal heading, before its parts: the goal in the client's words.
        if (block.kind === 'quote' && goal && !part && !goal.clientWords && block.text)
          goal.clientWords = { value: block.text, range: block.range };
        if (block.kind === 'list' && part) {
          if (part.kind === 'steps') for (const item of block.items) part.value.items.push(toStep(item));
          else for (const item of block.items) part.value.items.push(toMethod(item));
        }
        continue;
      }
      const info = headingInfo(block);
      const heading = info.heading;
      headings.push(heading);
      // What the heading closes ends at the start of its line: an indented
      // heading (` # x`) must not leave its indent inside the part before it.
      const at =
        heading.range.start.character === 0 ? heading.range.start : { line: heading.range.start.line, character: 0 };
      const kind = info.kind;
      const depth = heading.depth;
      if (kind !== 'other' && depth !== EXPECTED_DEPTH[kind]) {
        misplaced.push({ heading, reason: 'wrong-depth', kind: KIND_NAME[kind], expectedDepth: EXPECTED_DEPTH[kind] });
      } else if (kind === 'other' && depth > previousDepth + 1) {
        misplaced.push({ heading, reason: 'skipped-level', kind: 'heading', expectedDepth: previousDepth + 1 });
      }
      previousDepth = depth;
      if (problem && depth >= 3 && problem.descriptionEnd === end) problem.descriptionEnd = at;

      switch (kind) {
        case 'problem': {
          closeTop(at);
          problem = { heading, ...(info.problem ?? { name: '' }), goals: [], end, descriptionEnd: end };
          problems.push(problem);
          break;
        }
        case 'safety': {
          closeTop(at);
          section = { heading, hasContent: false, entries: [], end };
          if (hasSafety || safetyPlan) sections.push(section);
          else safetyPlan = section;
          break;
        }
        case 'goal': {
          closeGoal(at);
          if (!problem) {
            misplaced.push({ heading, reason: 'goal-outside-problem', kind: 'Goal' });
            orphanGoal = true;
            break;
          }
          goal = { heading, text: info.goalText ?? '', end };
          problem.goals.push(goal);
          break;
        }
        case 'steps':
        case 'methods': {
          closePart(at);
          if (!goal) {
            if (!orphanGoal) misplaced.push({ heading, reason: 'part-outside-goal', kind: KIND_NAME[kind] });
            break;
          }
          // A second Steps/Methods list in one goal adds to the first.
          if (kind === 'steps') part = { kind, value: (goal.steps ??= { heading, items: [], end }) };
          else part = { kind, value: (goal.methods ??= { heading, items: [], end }) };
          break;
        }
        default: {
          if (depth <= 2) {
            closeTop(at);
            if (depth === 1 && titleOpen && !title && problems.length === 0 && sections.length === 0) {
              title = heading;
            } else {
              section = { heading, hasContent: false, entries: [], end };
              sections.push(section);
              inMeasures = isMeasuresHeading(heading.text, depth);
            }
          } else {
            if (depth === 3) closeGoal(at);
            else closePart(at);
            // A sub-heading in a section (`### Warning signs`) labels what follows it.
            if (section) {
              openEntry = { label: heading.text, kind: 'heading', labelled: true, filled: false, range: heading.range };
              section.entries.push(openEntry);
            }
          }
        }
      }
    }
  // What is still open ends where the group ends (a Steps or Methods list
  // taken up again further down a goal would otherwise keep its first end).
  closeTop(end);
  return {
    ...(title ? { title } : {}),
    problems,
    ...(safetyPlan ? { safetyPlan } : {}),
    sections,
    measures,
    headings,
    misplaced,
  };
}
