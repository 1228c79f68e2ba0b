// Where a position stands in a plan: in the frontmatter, on a problem heading,
// inside a goal's Steps or Methods. Completion, hover and commands start here.

import type { Goal, Plan, Position, Problem } from '../plan/model';

export interface Location {
  inFrontmatter: boolean;
  problem?: Problem;
  goal?: Goal;
  part?: 'steps' | 'methods';
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

export function locate(plan: Plan, at: Position): Location {
  const fm = plan.frontmatter;
  if (fm && at.line > fm.range.start.line && at.line < fm.range.end.line) return { inFrontmatter: true };
  const problem =
    plan.problems.find((p) => !before(at, p.heading.range.start) && before(at, p.end)) ??
    // The last problem runs to the end of the text, the cursor included.
    plan.problems.find(
      (p) => !before(at, p.heading.range.start) && p.end.line === plan.end.line && at.line <= plan.end.line,
    );
  if (!problem) return { inFrontmatter: false };
  const goal = problem.goals.find(
    (g) => !before(at, g.heading.range.start) && (before(at, g.end) || g.end.line === plan.end.line),
  );
  if (!goal) return { inFrontmatter: false, problem };
  const inPart = (part: Goal['steps'] | Goal['methods']) =>
    part && at.line > part.heading.range.start.line && (before(at, part.end) || part.end.line === plan.end.line);
  const part = inPart(goal.steps) ? 'steps' : inPart(goal.methods) ? 'methods' : undefined;
  return part ? { inFrontmatter: false, problem, goal, part } : { inFrontmatter: false, problem, goal };
}
