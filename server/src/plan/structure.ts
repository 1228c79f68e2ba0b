// Builds the plan's outline (problems › goals › steps and methods, the safety
// plan, other sections) from the flat list of top-level blocks, one group of
// sections at a time (group.ts), and keeps each group's outline beside its
// blocks so that an edit rebuilds only the group it touched. Keywords decide
// what a heading is; depth is checked but does not decide, so one misplaced
// `#` yields one diagnostic instead of a cascade.

import type { Block, HeadingBlock } from './blocks';
import { buildGroup, type Outline } from './group';
import { headingInfo } from './headings';
import type { Heading, MeasuresTable, MisplacedHeading, Position, Problem, Section } from './model';

export type { Outline } from './group';

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
  let title: Heading | undefined;
  let safetyPlan: Section | undefined;
  const problems: Problem[] = [];
  const sections: Section[] = [];
  const measures: MeasuresTable[] = [];
  const headings: Heading[] = [];
  const misplaced: MisplacedHeading[] = [];
  let i = 0;
  while (i < chunks.length) {
    let j = i + 1;
    while (j < chunks.length && !startsGroup(chunks[j] ?? [])) j++;
    const group = chunks.slice(i, j);
    // The next group starts at its first heading: what is open here ends there.
    const groupEnd = j < chunks.length ? (chunks[j]![0] as HeadingBlock).range.start : end;
    const titleOpen = !title && problems.length === 0 && sections.length === 0;
    const hasSafety = safetyPlan !== undefined;
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
    if (o.title) title = o.title;
    if (o.safetyPlan) safetyPlan = o.safetyPlan;
    for (const x of o.problems) problems.push(x);
    for (const x of o.sections) sections.push(x);
    for (const x of o.measures) measures.push(x);
    for (const x of o.headings) headings.push(x);
    for (const x of o.misplaced) misplaced.push(x);
    i = j;
  }
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
