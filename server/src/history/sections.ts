// What changed in the plan's other sections (the safety plan first): each
// paired by its heading, compared by its words, and the labelled parts that
// changed named ("Warning signs", "Coping strategies").

import type { Plan, Section } from '../plan/model';
import { linesOf } from '../text/plan-text';
import { line, type Change, type ChangeSubject } from './change';
import { pairUp, sameKey } from './match';

/** The words of lines `from` to `to` (0-based, inclusive), through the plan's one line index. */
function wordsOf(plan: Plan, from: number, to: number): string {
  if (to < from) return '';
  const lines = linesOf(plan);
  return sameKey(
    plan.text.slice(lines.offset({ line: from, character: 0 }), lines.lineEnd(Math.min(to, lines.lineCount - 1))),
  );
}

/** A section's words, its heading aside: what a reader would see changed. */
const sectionWords = (plan: Plan, s: Section) =>
  wordsOf(plan, s.heading.range.end.line + 1, s.end.character ? s.end.line : s.end.line - 1);

/** Each labelled part of a section with its words: from its label to the next part or the section's end. */
function parts(plan: Plan, s: Section): Map<string, string> {
  const out = new Map<string, string>();
  s.entries.forEach((e, i) => {
    const next = s.entries[i + 1];
    const last = next ? next.range.start.line - 1 : s.end.character ? s.end.line : s.end.line - 1;
    out.set(e.label, wordsOf(plan, e.range.start.line, Math.max(e.range.end.line, last)));
  });
  return out;
}

export function sections(before: Plan, after: Plan, out: Change[]): void {
  const all = (p: Plan) => [...(p.safetyPlan ? [p.safetyPlan] : []), ...p.sections];
  const paired = pairUp(all(before), all(after), (s) => sameKey(s.heading.text), 0.8);
  const subject = (s: Section, plan: Plan): ChangeSubject => (s === plan.safetyPlan ? 'safety-plan' : 'section');
  for (const [a, b] of paired.pairs) {
    if (sectionWords(before, a) === sectionWords(after, b)) continue;
    // Which labelled parts changed ("Warning signs", "Coping strategies"), when the section has them.
    const old = new Map([...parts(before, a)].map(([label, words]) => [sameKey(label), words]));
    const changed: string[] = [];
    for (const [label, words] of parts(after, b)) {
      if (old.get(sameKey(label)) !== words) changed.push(label);
      old.delete(sameKey(label));
    }
    for (const e of a.entries) if (old.has(sameKey(e.label))) changed.push(e.label);
    out.push({
      kind: 'changed',
      subject: subject(b, after),
      within: [],
      after: b.heading.text,
      ...(changed.length > 0 ? { key: changed.join(', ') } : {}),
      line: line(b.heading),
    });
  }
  for (const s of paired.removed)
    out.push({
      kind: 'removed',
      subject: subject(s, before),
      within: [],
      before: s.heading.text,
      line: line(s.heading),
    });
  for (const s of paired.added)
    out.push({ kind: 'added', subject: subject(s, after), within: [], after: s.heading.text, line: line(s.heading) });
}
