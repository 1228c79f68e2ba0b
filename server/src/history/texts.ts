// `tplan diff` of two texts: the changes diffPlans finds on the two whole
// plans, without reading what both versions hold to the letter. A section
// (a problem with its goals, the safety plan, any other `##` section) found
// unchanged, once, in each version keeps its heading line and loses the rest
// (its line breaks kept, so every line keeps its number): it still pairs with
// itself by its name and has nothing left to compare. That is done only where
// it cannot change the answer, and checked on the parse; else the whole texts
// are parsed. A 10,000-line plan with one section edited is read as that
// section and some 350 heading lines.

import { headingKind } from '../plan/headings';
import type { Heading, Plan } from '../plan/model';
import { MAX_PLAN_LENGTH, parsePlan } from '../plan/parsePlan';
import { DEFINITION, split } from '../plan/split';
import type { Change } from './change';
import { diffPlans } from './diff';
import { NEVER_BY_SIMILARITY, pairUp, sameKey } from './match';

/** A `#` or `##` line at column 0: where the splitter cuts, and a section may start. */
const SECTION_START = /^#{1,2}(?:[ \t]|$)/;
/**
 * Below a section's heading, what could open a block that outlives the
 * section (a fence, HTML) or make a heading that stands beside the section
 * rather than in it (a setext underline, any line starting with `#`). A
 * section holding any of these is read in full. Goal, Steps and Methods
 * headings are allowed when plain: `###` or deeper, words without markup and
 * without the keywords of a problem or the safety plan.
 */
const NOT_INNER = /^[ \t]*(?:`{3}|~{3}|<|=+[ \t]*$|-+[ \t]*$)/m;
const HEADING_LINE = /^[ \t]*#.*$/gm;
const INNER_HEADING = /^[ \t]{0,3}#{3,6}[ \t]+[^*_`\\&<>[\]!~\r\n]*$/;
const OUTER_WORDS = /problem|safety/i;

interface Section {
  /** The section's first line (0-based) and where it starts in the text. */
  line: number;
  offset: number;
  /** Its text: from its heading to the next section or the end. */
  text: string;
}

interface Version {
  text: string;
  /** Where the first section starts: the frontmatter and anything before it are always read. */
  bodyStart: number;
  sections: Section[];
}

function sectionsOf(text: string): Version {
  const chunks = split(text).chunks;
  const sections: Section[] = [];
  let bodyStart = text.length;
  for (const c of chunks) {
    if (c.frontmatter || c.character !== 0) continue;
    const end = c.text.search(/\r|\n/);
    const first = end < 0 ? c.text : c.text.slice(0, end);
    if (!SECTION_START.test(first)) continue;
    // `## Goal:` at the wrong depth continues the section before it.
    const kind = headingKind(first.replace(/^#+/, '').trim());
    if (kind === 'goal' || kind === 'steps' || kind === 'methods') continue;
    if (sections.length === 0) bodyStart = c.offset;
    sections.push({ line: c.line, offset: c.offset, text: '' });
  }
  sections.forEach((s, i) => {
    s.text = text.slice(s.offset, sections[i + 1]?.offset ?? text.length);
  });
  return { text, bodyStart, sections };
}

/** True when nothing below the section's heading line can reach outside the section. */
function selfContained(section: string): boolean {
  const nl = section.search(/\r|\n/);
  if (nl < 0) return true;
  const inner = section.slice(nl);
  if (NOT_INNER.test(inner)) return false;
  for (const [line] of inner.matchAll(HEADING_LINE))
    if (!INNER_HEADING.test(line) || OUTER_WORDS.test(line)) return false;
  return true;
}

/** The heading line alone, the rest of the section blank (its line breaks kept). */
function headingOnly(section: string): string {
  const nl = section.search(/\r|\n/);
  return nl < 0 ? section : section.slice(0, nl) + section.slice(nl).replace(/[^\r\n]+/g, '');
}

interface Reduced {
  text: string;
  /** The first lines of every section, and of those kept as a heading only. */
  starts: number[];
  /** Those kept as a heading only: their first line → their whole text, the same in both versions. */
  stubs: Map<number, string>;
}

function reduce(v: Version, unchanged: ReadonlySet<string>): Reduced {
  const parts = [v.text.slice(0, v.bodyStart)];
  const stubs = new Map<number, string>();
  for (const s of v.sections) {
    if (unchanged.has(s.text)) {
      parts.push(headingOnly(s.text));
      stubs.set(s.line, s.text);
    } else parts.push(s.text);
  }
  return { text: parts.join(''), starts: v.sections.map((s) => s.line), stubs };
}

/**
 * True when the parse of a reduced text bears out what the reduction assumed:
 * each section starts with a `#`/`##` heading that is the title, a problem,
 * the safety plan or a section, so nothing before it swallowed it.
 */
function startsHold(plan: Plan, r: Reduced): boolean {
  const at = new Map<number, Heading>();
  for (const h of [
    ...(plan.title ? [plan.title] : []),
    ...plan.problems.map((p) => p.heading),
    ...allSections(plan).map((s) => s.heading),
  ])
    at.set(h.range.start.line, h);
  return r.starts.every((line) => {
    const h = at.get(line);
    return h !== undefined && h.depth <= 2 && h.atx && h.range.start.character === 0;
  });
}

const allSections = (p: Plan) => [...(p.safetyPlan ? [p.safetyPlan] : []), ...p.sections];

/**
 * True when each problem and section kept as a heading only pairs with its
 * own other version, as diffPlans pairs them (equal names first, in order):
 * a reduced text has every heading of the whole one, so the pairs are the
 * same, and a pair of one section unchanged has nothing to report. A title
 * in one version and a section in the other, or two sections of one name
 * where only one was reduced, fail here.
 */
function pairsHold(before: Plan, after: Plan, a: Reduced, b: Reduced): boolean {
  const holds = <T extends { heading: Heading }>(x: readonly T[], y: readonly T[], key: (item: T) => string) => {
    const stub = (r: Reduced, item: T) => r.stubs.get(item.heading.range.start.line);
    const p = pairUp(x, y, key, NEVER_BY_SIMILARITY);
    return (
      p.pairs.every(([i, j]) => stub(a, i) === stub(b, j)) &&
      p.removed.every((i) => stub(a, i) === undefined) &&
      p.added.every((j) => stub(b, j) === undefined)
    );
  };
  return (
    holds(before.problems, after.problems, (p) => sameKey(p.name)) &&
    holds(allSections(before), allSections(after), (s) => sameKey(s.heading.text))
  );
}

/** The two texts with the sections they share kept as headings only, when that gives the same changes. */
export function reducedForDiff(oldText: string, newText: string): [Plan, Plan] | undefined {
  // A text too large to parse has no sections; one with definitions is cut by its length.
  if (Math.max(oldText.length, newText.length) > MAX_PLAN_LENGTH) return undefined;
  if (DEFINITION.test(oldText) || DEFINITION.test(newText)) return undefined;
  const a = sectionsOf(oldText);
  const b = sectionsOf(newText);
  const once = (v: Version) => {
    const seen = new Map<string, number>();
    for (const s of v.sections) seen.set(s.text, (seen.get(s.text) ?? 0) + 1);
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const unchanged = new Set<string>();
  for (const [text, n] of inA) if (n === 1 && inB.get(text) === 1 && selfContained(text)) unchanged.add(text);
  if (unchanged.size === 0) return undefined;
  const ra = reduce(a, unchanged);
  const rb = reduce(b, unchanged);
  const before = parsePlan(ra.text);
  const after = parsePlan(rb.text, { previous: before });
  return startsHold(before, ra) && startsHold(after, rb) && pairsHold(before, after, ra, rb)
    ? [before, after]
    : undefined;
}

/** What changed from one text of a plan to another: diffPlans of the two, read no more than needed. */
export function diffTexts(oldText: string, newText: string): Change[] {
  const reduced = reducedForDiff(oldText, newText);
  if (reduced) return diffPlans(...reduced);
  const before = parsePlan(oldText);
  return diffPlans(before, parsePlan(newText, { previous: before }));
}
