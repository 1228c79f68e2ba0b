// A plan's changes in words: one sentence per change (the CLI's lines), a
// Markdown summary grouped the way a revision note reads (ready to paste),
// and one line short enough for a `revisions` entry's summary.

import { targetDates, withoutTrailingTarget } from '../plan/dates';
import type { Change, ChangeSubject } from './diff';
import { shorten } from '../text/plan-text';

const FIELD_NAMES: Record<string, string> = {
  status: 'Status',
  review: 'Review date',
  'expected-end': 'Expected end of treatment',
  severity: 'Severity',
  risk: 'Risk level',
  style: 'Style',
  payer: 'Payer',
  client: 'Client',
  clinician: 'Clinician',
  requirements: 'Requirement sets',
};

/** A plan's words in a sentence: quoted, cut after a whole word at `max` characters. */
function q(text: string | undefined, max = 90): string {
  // The closing period of a sentence the plan wrote is left out: the summary's sentence ends it.
  const t = (text ?? '').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return `'${shorten(t, max)}'`;
}

const where = (c: Change) => (c.within.length ? ` (${c.within.map((w) => q(w, 60)).join(' › ')})` : '');
const targetOf = (text: string | undefined) => targetDates(text ?? '').at(-1)?.date ?? 'no date';

/** One plain sentence for a change. */
export function describeChange(c: Change): string {
  switch (c.subject) {
    case 'field': {
      const name = FIELD_NAMES[c.key ?? ''] ?? c.key ?? '';
      if (c.kind === 'added' || !c.before) return `${name} set to ${c.after}.`;
      if (c.kind === 'removed' || !c.after) return `${name} removed (was ${c.before}).`;
      return `${name} changed from ${c.before} to ${c.after}.`;
    }
    case 'diagnosis':
      if (c.kind === 'recoded') return `Diagnosis recoded: ${c.before} → ${c.after}.`;
      if (c.kind === 'changed') return `Diagnosis ${c.after}: ${c.key} changed.`;
      return `Diagnosis ${c.kind}: ${c.after ?? c.before}.`;
    case 'service':
      if (c.kind === 'changed') return `Service changed: ${c.before} → ${c.after}.`;
      return `Service ${c.kind}: ${c.after ?? c.before}.`;
    case 'problem':
      if (c.kind === 'renamed') return `Problem renamed: ${q(c.before)} → ${q(c.after)}.`;
      return `Problem ${c.kind}: ${q(c.after ?? c.before)}.`;
    case 'goal':
      if (c.kind === 'reworded') return `Goal reworded${where(c)}: ${q(c.before)} → ${q(c.after)}.`;
      return `Goal ${c.kind}${where(c)}: ${q(c.after ?? c.before)}.`;
    case 'client-words':
      if (c.kind === 'reworded') return `Client's words reworded${where(c)}: ${q(c.before)} → ${q(c.after)}.`;
      return `Client's words ${c.kind === 'added' ? 'added to' : 'removed from'} the goal${where(c)}: ${q(c.after ?? c.before)}.`;
    case 'step': {
      const step = (t: string | undefined) => q(withoutTrailingTarget(t ?? ''));
      if (c.kind === 'reworded') return `Step reworded${where(c)}: ${step(c.before)} → ${step(c.after)}.`;
      if (c.kind === 'redated')
        return `Step re-dated${where(c)}: ${step(c.after)} (${targetOf(c.before)} → ${targetOf(c.after)}).`;
      return `Step ${c.kind}${where(c)}: ${step(c.after ?? c.before)}.`;
    }
    case 'method':
      if (c.kind === 'reworded') return `Method reworded${where(c)}: ${q(c.before)} → ${q(c.after)}.`;
      return `Method ${c.kind}${where(c)}: ${q(c.after ?? c.before)}.`;
    case 'safety-plan':
      if (c.kind === 'changed') return `Safety plan changed${c.key ? `: ${c.key}` : ''}.`;
      return `Safety plan ${c.kind}.`;
    case 'section':
      if (c.kind === 'changed') return `Section ${q(c.after)} changed${c.key ? `: ${c.key}` : ''}.`;
      return `Section ${q(c.after ?? c.before)} ${c.kind}.`;
    case 'score':
      if (c.kind === 'changed') return `Score corrected: ${c.before} → ${c.after}.`;
      return `Score ${c.kind}: ${c.after ?? c.before}.`;
  }
}

const GROUPS: ReadonlyArray<{ title: string; subjects: readonly ChangeSubject[] }> = [
  { title: 'Plan details', subjects: ['field'] },
  { title: 'Diagnoses', subjects: ['diagnosis'] },
  { title: 'Services', subjects: ['service'] },
  { title: 'Problems and goals', subjects: ['problem', 'goal', 'client-words'] },
  { title: 'Steps', subjects: ['step'] },
  { title: 'Methods', subjects: ['method'] },
  { title: 'Safety plan and other sections', subjects: ['safety-plan', 'section'] },
  { title: 'Measures', subjects: ['score'] },
];

/** The changes as Markdown, grouped, ready to paste as a revision note. */
export function markdownSummary(changes: readonly Change[], heading: string): string {
  if (changes.length === 0) return `### ${heading}\n\nNo change to the plan's content.\n`;
  const out = [`### ${heading}`, ''];
  for (const g of GROUPS) {
    const mine = changes.filter((c) => g.subjects.includes(c.subject));
    if (mine.length === 0) continue;
    out.push(`**${g.title}**`, '', ...mine.map((c) => `- ${describeChange(c)}`), '');
  }
  return out.join('\n');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the revision line counts, in the order a reader cares about: subject, kinds, words (one|many). */
const COUNTED: ReadonlyArray<readonly [ChangeSubject, readonly string[], string]> = [
  ['diagnosis', ['added'], 'diagnosis added|diagnoses added'],
  ['diagnosis', ['removed'], 'diagnosis removed|diagnoses removed'],
  ['diagnosis', ['recoded'], 'diagnosis recoded|diagnoses recoded'],
  ['diagnosis', ['changed'], 'diagnosis updated|diagnoses updated'],
  ['problem', ['added'], 'problem added|problems added'],
  ['problem', ['removed'], 'problem removed|problems removed'],
  ['problem', ['renamed'], 'problem renamed|problems renamed'],
  ['goal', ['added'], 'goal added|goals added'],
  ['goal', ['removed'], 'goal removed|goals removed'],
  ['goal', ['reworded'], 'goal reworded|goals reworded'],
  [
    'client-words',
    ['added', 'removed', 'reworded'],
    "change to a goal in the client's words|changes to goals in the client's words",
  ],
  ['step', ['met'], 'step met|steps met'],
  ['step', ['reopened'], 'step reopened|steps reopened'],
  ['step', ['added'], 'step added|steps added'],
  ['step', ['removed'], 'step removed|steps removed'],
  ['step', ['reworded', 'redated'], 'step revised|steps revised'],
  ['method', ['added', 'removed', 'reworded'], 'method change|method changes'],
  ['service', ['added', 'removed', 'changed'], 'service change|service changes'],
  ['section', ['added', 'removed', 'changed'], 'section changed|sections changed'],
  ['score', ['added'], 'score added|scores added'],
  ['score', ['changed', 'removed'], 'score corrected|scores corrected'],
];

/** One line for a `revisions` entry: counts by kind, in the order a reader cares about. */
export function revisionSummary(changes: readonly Change[]): string {
  if (changes.length === 0) return 'No change to the plan content.';
  const count = (subject: ChangeSubject, kinds: readonly string[]) =>
    changes.filter((c) => c.subject === subject && kinds.includes(c.kind)).length;
  const parts: string[] = [];
  const say = (n: number, words: string) => {
    const [one, many] = words.split('|');
    if (n > 0) parts.push(plural(n, one!, many));
  };
  for (const c of changes.filter((x) => x.subject === 'field')) {
    const d = describeChange(c).replace(/\.$/, '');
    parts.push(`${d.charAt(0).toLowerCase()}${d.slice(1)}`);
  }
  for (const [subject, kinds, words] of COUNTED) {
    if (subject === 'section' && changes.some((c) => c.subject === 'safety-plan')) parts.push('safety plan updated');
    say(count(subject, kinds), words);
  }
  const line = parts.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}
