// What changed between two versions of a plan, in the plan's own terms:
// problems, goals, steps, methods, diagnoses, services, the frontmatter's
// decisions and the sections, matched by their words, not by line. Pure: two
// Plans in, a list of changes out.

import type { Diagnosis, Goal, Method, Plan, Problem, Service, Step } from '../plan/model';
import { withoutTargetDates } from '../plan/dates';
import { NEVER_BY_SIMILARITY, pairUp, sameKey } from './match';
import { sections } from './sections';
import { scoreChanges } from './scores';
import { line, type Change, type ChangeKind } from './change';

export type { Change, ChangeKind, ChangeSubject } from './change';

/** Goals, steps and methods reworded in place keep at least this share of their words. */
const REWORDED = 0.5;
/** A problem renamed may keep few of its words ("Low mood" → "Depression"): then its goals vouch for it. */
const RENAMED = 0.6;

/** Frontmatter decisions a revision summary names, in the order it names them. */
const FIELDS = [
  'status',
  'review',
  'expected-end',
  'severity',
  'risk',
  'style',
  'payer',
  'client',
  'clinician',
] as const;

const stepWords = (s: Step) => sameKey(withoutTargetDates(s.text));

export function diffPlans(before: Plan, after: Plan): Change[] {
  const out: Change[] = [];
  fields(before, after, out);
  diagnoses(before.meta.diagnoses?.value ?? [], after.meta.diagnoses?.value ?? [], out);
  services(before.meta.services?.value ?? [], after.meta.services?.value ?? [], out);
  problems(before.problems, after.problems, out);
  sections(before, after, out);
  scoreChanges(before, after, out);
  return out;
}

function fields(before: Plan, after: Plan, out: Change[]): void {
  for (const key of FIELDS) {
    const a = before.meta[key];
    const b = after.meta[key];
    if (a?.value === b?.value) continue;
    const at = b ?? a;
    out.push({
      kind: !a ? 'added' : !b ? 'removed' : 'changed',
      subject: 'field',
      key,
      within: [],
      ...(a ? { before: a.value } : {}),
      ...(b ? { after: b.value } : {}),
      line: at ? line(at) : 1,
    });
  }
  const sets = (p: Plan) => (p.meta.requirements?.value ?? []).map((r) => r.value).join(', ');
  if (sets(before) !== sets(after))
    out.push({
      kind: 'changed',
      subject: 'field',
      key: 'requirements',
      within: [],
      ...(sets(before) ? { before: sets(before) } : {}),
      ...(sets(after) ? { after: sets(after) } : {}),
      line: after.meta.requirements ? line(after.meta.requirements) : 1,
    });
}

const diagnosisWords = (d: Diagnosis) => `${d.code?.value ?? ''} ${d.name?.value ?? ''}`.trim();

function diagnoses(before: readonly Diagnosis[], after: readonly Diagnosis[], out: Change[]): void {
  // The same code is the same diagnosis; a new code under the same name is a recode.
  const byCode = pairUp(
    before,
    after,
    (d) => d.code?.value ?? `\u0000${sameKey(d.name?.value ?? '')}`,
    NEVER_BY_SIMILARITY,
  );
  const byName = pairUp(byCode.removed, byCode.added, (d) => sameKey(d.name?.value ?? ''), 0.6);
  const changed = (a: Diagnosis, b: Diagnosis, kind: ChangeKind, key?: string) =>
    out.push({
      kind,
      subject: 'diagnosis',
      within: [],
      before: diagnosisWords(a),
      after: diagnosisWords(b),
      ...(key ? { key } : {}),
      line: line(b),
    });
  for (const [a, b] of byCode.pairs) {
    if (a.name?.value !== b.name?.value) changed(a, b, 'changed', 'name');
    if (a.basis?.value !== b.basis?.value) changed(a, b, 'changed', 'basis');
    if (a.reviewed?.value !== b.reviewed?.value) changed(a, b, 'changed', 'reviewed');
  }
  for (const [a, b] of byName.pairs) changed(a, b, 'recoded');
  for (const d of byName.removed)
    out.push({ kind: 'removed', subject: 'diagnosis', within: [], before: diagnosisWords(d), line: line(d) });
  for (const d of byName.added)
    out.push({ kind: 'added', subject: 'diagnosis', within: [], after: diagnosisWords(d), line: line(d) });
}

const serviceWords = (s: Service) =>
  [s.modality?.value, s.frequency?.value, s.duration?.value].filter(Boolean).join(', ');

function services(before: readonly Service[], after: readonly Service[], out: Change[]): void {
  const p = pairUp(before, after, (s) => sameKey(s.modality?.value ?? ''), 0.6);
  for (const [a, b] of p.pairs)
    if (serviceWords(a) !== serviceWords(b))
      out.push({
        kind: 'changed',
        subject: 'service',
        within: [],
        before: serviceWords(a),
        after: serviceWords(b),
        line: line(b),
      });
  for (const s of p.removed)
    out.push({ kind: 'removed', subject: 'service', within: [], before: serviceWords(s), line: line(s) });
  for (const s of p.added)
    out.push({ kind: 'added', subject: 'service', within: [], after: serviceWords(s), line: line(s) });
}

const problemKey = (p: Problem) => sameKey(p.name);
const goalKey = (g: Goal) => sameKey(g.text);

/** How alike two problems are: their names, or (a renamed problem) the goals they share. */
function problemsAlike(a: Problem, b: Problem): boolean {
  if (a.moduleHint && a.moduleHint === b.moduleHint) return true;
  const goals = pairUp(a.goals, b.goals, goalKey, REWORDED);
  return goals.pairs.length > 0 && goals.pairs.length * 2 >= Math.max(a.goals.length, b.goals.length);
}

function problems(before: readonly Problem[], after: readonly Problem[], out: Change[]): void {
  const byName = pairUp(before, after, problemKey, RENAMED);
  // Names too different to pair may still be one problem renamed: the goals say so.
  const renamed: Array<readonly [Problem, Problem]> = [];
  const added = [...byName.added];
  const removed: Problem[] = [];
  for (const a of byName.removed) {
    const i = added.findIndex((b) => problemsAlike(a, b));
    if (i < 0) removed.push(a);
    else renamed.push([a, added.splice(i, 1)[0]!]);
  }
  for (const [a, b] of [...byName.pairs, ...renamed]) {
    if (problemKey(a) !== problemKey(b))
      out.push({
        kind: 'renamed',
        subject: 'problem',
        within: [],
        before: a.name,
        after: b.name,
        line: line(b.heading),
      });
    goals(a.goals, b.goals, [b.name], out);
  }
  for (const p of removed)
    out.push({ kind: 'removed', subject: 'problem', within: [], before: p.name, line: line(p.heading) });
  for (const p of added)
    out.push({ kind: 'added', subject: 'problem', within: [], after: p.name, line: line(p.heading) });
}

/** A step to the letter: its box, its date and its text. */
const exactStep = (s: Step) => `${s.met ? 'x' : ' '}${s.target?.value ?? ''}\u0000${s.text}`;

/**
 * True when two goals hold the same words, steps (met, dated) and methods:
 * nothing in them to report. Compared as they are, before any matching by
 * words: most of a plan is unchanged between two versions.
 */
function sameGoal(a: Goal, b: Goal): boolean {
  if (a.text !== b.text || a.clientWords?.value !== b.clientWords?.value) return false;
  const sa = a.steps?.items ?? [];
  const sb = b.steps?.items ?? [];
  const ma = a.methods?.items ?? [];
  const mb = b.methods?.items ?? [];
  return (
    sa.length === sb.length &&
    ma.length === mb.length &&
    sa.every((s, i) => exactStep(s) === exactStep(sb[i]!)) &&
    ma.every((m, i) => m.text === mb[i]!.text)
  );
}

const sameGoals = (a: readonly Goal[], b: readonly Goal[]) =>
  a.length === b.length && a.every((g, i) => sameGoal(g, b[i]!));

function goals(before: readonly Goal[], after: readonly Goal[], within: readonly string[], out: Change[]): void {
  if (sameGoals(before, after)) return;
  const p = pairUp(before, after, goalKey, REWORDED);
  for (const [a, b] of p.pairs) {
    if (sameGoal(a, b)) continue;
    if (goalKey(a) !== goalKey(b))
      out.push({ kind: 'reworded', subject: 'goal', within, before: a.text, after: b.text, line: line(b.heading) });
    const wa = a.clientWords?.value;
    const wb = b.clientWords?.value;
    if (sameKey(wa ?? '') !== sameKey(wb ?? ''))
      out.push({
        kind: !wa ? 'added' : !wb ? 'removed' : 'reworded',
        subject: 'client-words',
        within: [...within, b.text],
        ...(wa ? { before: wa } : {}),
        ...(wb ? { after: wb } : {}),
        line: b.clientWords ? line(b.clientWords) : line(b.heading),
      });
    steps(a.steps?.items ?? [], b.steps?.items ?? [], [...within, b.text], out);
    methods(a.methods?.items ?? [], b.methods?.items ?? [], [...within, b.text], out);
  }
  for (const g of p.removed)
    out.push({ kind: 'removed', subject: 'goal', within, before: g.text, line: line(g.heading) });
  for (const g of p.added) out.push({ kind: 'added', subject: 'goal', within, after: g.text, line: line(g.heading) });
}

function steps(before: readonly Step[], after: readonly Step[], within: readonly string[], out: Change[]): void {
  // Steps the same to the letter pair first: of two steps of the same words
  // (dated apart), the one reworded is not paired with its twin.
  const same = pairUp(before, after, exactStep, NEVER_BY_SIMILARITY);
  const p = pairUp(same.removed, same.added, stepWords, REWORDED);
  for (const [a, b] of p.pairs) {
    const at = { subject: 'step' as const, within, before: a.text, after: b.text, line: line(b) };
    if (stepWords(a) !== stepWords(b)) out.push({ kind: 'reworded', ...at });
    if (a.met !== b.met) out.push({ kind: b.met ? 'met' : 'reopened', ...at });
    if (a.target?.value !== b.target?.value) out.push({ kind: 'redated', ...at, key: 'target' });
  }
  for (const s of p.removed) out.push({ kind: 'removed', subject: 'step', within, before: s.text, line: line(s) });
  for (const s of p.added) out.push({ kind: 'added', subject: 'step', within, after: s.text, line: line(s) });
}

function methods(before: readonly Method[], after: readonly Method[], within: readonly string[], out: Change[]): void {
  const p = pairUp(before, after, (m) => sameKey(m.text), REWORDED);
  for (const [a, b] of p.pairs)
    if (sameKey(a.text) !== sameKey(b.text))
      out.push({ kind: 'reworded', subject: 'method', within, before: a.text, after: b.text, line: line(b) });
  for (const m of p.removed) out.push({ kind: 'removed', subject: 'method', within, before: m.text, line: line(m) });
  for (const m of p.added) out.push({ kind: 'added', subject: 'method', within, after: m.text, line: line(m) });
}
