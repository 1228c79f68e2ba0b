// Builds the plan's outline (problems › goals › steps and methods, the safety
// plan, other sections) from the flat list of top-level blocks. Keywords decide
// what a heading is; depth is checked but does not decide, so one misplaced
// `#` yields one diagnostic instead of a cascade.

import type { Block, HeadingBlock, ListItemFacts } from './blocks';
import type { Goal, GoalPart, Heading, Method, MisplacedHeading, Position, Problem, Section, Step } from './model';

export interface Outline {
  title?: Heading;
  problems: Problem[];
  safetyPlan?: Section;
  sections: Section[];
  headings: Heading[];
  misplaced: MisplacedHeading[];
}

type Kind = 'problem' | 'goal' | 'steps' | 'methods' | 'safety' | 'other';

const PROBLEM = /^problem\s*:\s*/i;
const GOAL = /^goal\s*:\s*/i;
const STEPS = /^steps\b/i;
const METHODS = /^methods\b/i;
const SAFETY = /^safety[ \t]+plan\b/i;

const EXPECTED_DEPTH: Record<Exclude<Kind, 'other'>, number> = { problem: 2, safety: 2, goal: 3, steps: 4, methods: 4 };
const KIND_NAME: Record<Exclude<Kind, 'other'>, string> = {
  problem: 'Problem',
  safety: 'Safety plan',
  goal: 'Goal',
  steps: 'Steps',
  methods: 'Methods',
};

export function headingKind(text: string): Kind {
  if (PROBLEM.test(text)) return 'problem';
  if (GOAL.test(text)) return 'goal';
  if (STEPS.test(text)) return 'steps';
  if (METHODS.test(text)) return 'methods';
  if (SAFETY.test(text)) return 'safety';
  return 'other';
}

/** `Depression (module: depression)` → name `Depression`, module hint `depression`. */
export function problemName(headingText: string): { name: string; moduleHint?: string } {
  let rest = headingText.replace(PROBLEM, '').trim();
  let moduleHint: string | undefined;
  const paren = /\s*\(([^()]*)\)\s*$/.exec(rest);
  if (paren) {
    const hint = /^module\s*:\s*([\w-]+)\s*$/i.exec(paren[1]!);
    if (hint) moduleHint = hint[1]!.toLowerCase();
    rest = rest.slice(0, paren.index).trim();
  }
  return moduleHint ? { name: rest, moduleHint } : { name: rest };
}

// Blocks of sections an edit did not move are reused as they are (parsePlan),
// and so are the model objects made from them: a keystroke allocates little.
const steps = new WeakMap<ListItemFacts, Step>();
const methods = new WeakMap<ListItemFacts, Method>();
/** A heading with what its text says, worked out once per heading block. */
interface HeadingInfo {
  heading: Heading;
  kind: Kind;
  /** For a problem heading: its name and module hint. */
  problem?: { name: string; moduleHint?: string };
  /** For a goal heading: the goal's text. */
  goalText?: string;
}
const headings = new WeakMap<HeadingBlock, HeadingInfo>();

function toStep(item: ListItemFacts): Step {
  let step = steps.get(item);
  if (!step) {
    step = { range: item.range, text: item.text, textRange: item.textRange, met: item.checked === true };
    if (item.boxRange) step.boxRange = item.boxRange;
    if (item.target) step.target = item.target;
    steps.set(item, step);
  }
  return step;
}

function toMethod(item: ListItemFacts): Method {
  let method = methods.get(item);
  if (!method) methods.set(item, (method = { range: item.range, text: item.text, textRange: item.textRange }));
  return method;
}

function headingInfo(block: HeadingBlock): HeadingInfo {
  let info = headings.get(block);
  if (!info) {
    const heading: Heading = { depth: block.depth, text: block.text, range: block.range, textRange: block.textRange };
    info = { heading, kind: headingKind(heading.text) };
    if (info.kind === 'problem') info.problem = problemName(heading.text);
    else if (info.kind === 'goal') info.goalText = heading.text.replace(GOAL, '').trim();
    headings.set(block, info);
  }
  return info;
}

/**
 * Builds the outline of one group of chunks, as the whole-plan walk would,
 * given what came before it: whether a title may still come (`titleOpen`) and
 * whether a safety plan was already found (`hasSafety`). `end` is where the
 * group ends: what is still open there ends there.
 */
function buildGroup(
  chunks: ReadonlyArray<readonly Block[]>,
  end: Position,
  titleOpen: boolean,
  hasSafety: boolean,
): Outline {
  const out: Outline = { problems: [], sections: [], headings: [], misplaced: [] };
  let problem: Problem | undefined;
  let goal: Goal | undefined;
  let part: { kind: 'steps'; value: GoalPart<Step> } | { kind: 'methods'; value: GoalPart<Method> } | undefined;
  let section: Section | undefined;
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
  };

  for (const blocks of chunks)
    for (const block of blocks) {
      if (block.kind === 'yaml') continue;
      if (block.kind !== 'heading') {
        if (section) section.hasContent = true;
        if (block.kind === 'list' && part) {
          if (part.kind === 'steps') for (const item of block.items) part.value.items.push(toStep(item));
          else for (const item of block.items) part.value.items.push(toMethod(item));
        }
        continue;
      }
      const info = headingInfo(block);
      const heading = info.heading;
      out.headings.push(heading);
      const at = heading.range.start;
      const kind = info.kind;
      const depth = heading.depth;
      if (kind !== 'other' && depth !== EXPECTED_DEPTH[kind]) {
        out.misplaced.push({
          heading,
          reason: 'wrong-depth',
          kind: KIND_NAME[kind],
          expectedDepth: EXPECTED_DEPTH[kind],
        });
      } else if (kind === 'other' && depth > previousDepth + 1) {
        out.misplaced.push({ heading, reason: 'skipped-level', kind: 'heading', expectedDepth: previousDepth + 1 });
      }
      previousDepth = depth;
      if (problem && depth >= 3 && problem.descriptionEnd === end) problem.descriptionEnd = at;

      switch (kind) {
        case 'problem': {
          closeTop(at);
          problem = { heading, ...info.problem!, goals: [], end, descriptionEnd: end };
          out.problems.push(problem);
          break;
        }
        case 'safety': {
          closeTop(at);
          section = { heading, hasContent: false, end };
          if (hasSafety || out.safetyPlan) out.sections.push(section);
          else out.safetyPlan = section;
          break;
        }
        case 'goal': {
          closeGoal(at);
          if (!problem) {
            out.misplaced.push({ heading, reason: 'goal-outside-problem', kind: 'Goal' });
            orphanGoal = true;
            break;
          }
          goal = { heading, text: info.goalText!, end };
          problem.goals.push(goal);
          break;
        }
        case 'steps':
        case 'methods': {
          closePart(at);
          if (!goal) {
            if (!orphanGoal) out.misplaced.push({ heading, reason: 'part-outside-goal', kind: KIND_NAME[kind] });
            break;
          }
          if (kind === 'steps' && !goal.steps) {
            goal.steps = { heading, items: [], end };
            part = { kind, value: goal.steps };
          } else if (kind === 'methods' && !goal.methods) {
            goal.methods = { heading, items: [], end };
            part = { kind, value: goal.methods };
          }
          // A second Steps/Methods list in one goal adds to the first.
          else if (kind === 'steps' && goal.steps) part = { kind, value: goal.steps };
          else if (kind === 'methods' && goal.methods) part = { kind, value: goal.methods };
          break;
        }
        default: {
          if (depth <= 2) {
            closeTop(at);
            if (depth === 1 && titleOpen && !out.title && out.problems.length === 0 && out.sections.length === 0) {
              out.title = heading;
            } else {
              section = { heading, hasContent: false, end };
              out.sections.push(section);
            }
          } else if (depth === 3) {
            closeGoal(at);
          } else {
            closePart(at);
          }
        }
      }
    }
  // What is still open ends where the group ends (a Steps or Methods list
  // taken up again further down a goal would otherwise keep its first end).
  closeTop(end);
  return out;
}

/**
 * True when a chunk starts with a heading that closes everything before it (a
 * problem, the safety plan, or any other `#`/`##` heading): the outline of what
 * follows does not depend on what came before, but for the title and the
 * safety plan. Other chunks (`## Goal:` at the wrong depth, say) continue the
 * group before them.
 */
function startsGroup(blocks: readonly Block[]): boolean {
  const first = blocks[0];
  if (!first || first.kind !== 'heading' || first.depth > 2) return false;
  const kind = headingInfo(first).kind;
  return kind === 'problem' || kind === 'safety' || kind === 'other';
}

interface CachedGroup {
  chunks: ReadonlyArray<readonly Block[]>;
  end: Position;
  titleOpen: boolean;
  hasSafety: boolean;
  outline: Outline;
}

/**
 * Group outlines by the blocks of their first chunk. A chunk an edit did not
 * touch keeps its blocks (parsePlan), so after an edit only the edited group's
 * outline is built again: its problems, goals and sections are the very
 * objects of the plan before.
 */
const groups = new WeakMap<readonly Block[], CachedGroup>();

function sameGroup(
  c: CachedGroup,
  chunks: ReadonlyArray<readonly Block[]>,
  end: Position,
  titleOpen: boolean,
  hasSafety: boolean,
): boolean {
  if (
    c.titleOpen !== titleOpen ||
    c.hasSafety !== hasSafety ||
    c.end.line !== end.line ||
    c.end.character !== end.character
  )
    return false;
  if (c.chunks.length !== chunks.length) return false;
  for (let i = 0; i < chunks.length; i++) if (c.chunks[i] !== chunks[i]) return false;
  return true;
}

/** The outline of a plan from the blocks of its chunks, in order; `end` is where the text ends. */
export function buildOutline(chunks: ReadonlyArray<readonly Block[]>, end: Position): Outline {
  const out: Outline = { problems: [], sections: [], headings: [], misplaced: [] };
  let i = 0;
  while (i < chunks.length) {
    let j = i + 1;
    while (j < chunks.length && !startsGroup(chunks[j]!)) j++;
    const group = chunks.slice(i, j);
    // The next group starts at its first heading: what is open here ends there.
    const groupEnd = j < chunks.length ? (chunks[j]![0] as HeadingBlock).range.start : end;
    const titleOpen = !out.title && out.problems.length === 0 && out.sections.length === 0;
    const hasSafety = out.safetyPlan !== undefined;
    let cached = groups.get(group[0]!);
    if (!cached || !sameGroup(cached, group, groupEnd, titleOpen, hasSafety)) {
      cached = {
        chunks: group,
        end: groupEnd,
        titleOpen,
        hasSafety,
        outline: buildGroup(group, groupEnd, titleOpen, hasSafety),
      };
      groups.set(group[0]!, cached);
    }
    const o = cached.outline;
    if (o.title) out.title = o.title;
    if (o.safetyPlan) out.safetyPlan = o.safetyPlan;
    for (const x of o.problems) out.problems.push(x);
    for (const x of o.sections) out.sections.push(x);
    for (const x of o.headings) out.headings.push(x);
    for (const x of o.misplaced) out.misplaced.push(x);
    i = j;
  }
  return out;
}
