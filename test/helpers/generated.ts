// What every generator (New Plan, the snippets, Insert Module, the fixes) is
// held to: it writes the library's words and the registry's placeholders and
// nothing else of its own, its output is never "ready to share" as it comes,
// and the clinician's own words make it so.
import type { Library } from '../../server/src/library/library';
import { PLACEHOLDER, PLACEHOLDERS } from '../../server/src/base/placeholders';

/** Parentheticals a generator may write that are neither placeholders nor module text. */
export const ALLOWED_PARENTHETICALS: readonly string[] = ['(call or text 988)'];

/** The text a reader sees: without HTML comments and the frontmatter's YAML comments. */
function shown(text: string): string {
  const noHtml = text.replace(/<!--[\s\S]*?-->/g, '');
  const fm = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(noHtml);
  if (!fm) return noHtml;
  const yaml = fm[0].replace(/[ \t]+#.*$/gm, '');
  return yaml + noHtml.slice(fm[0].length);
}

/** Every parenthetical of a generated text that no placeholder, module text or allowance explains. */
export function unknownParentheticals(text: string, library: Library): string[] {
  const known = new Set<string>([...PLACEHOLDERS, ...ALLOWED_PARENTHETICALS]);
  const moduleText = library.modules
    .flatMap((m) => [m.name, m.summary, ...m.goals, ...m.steps, ...m.methods, ...m.definitions])
    .join('\n');
  return [...shown(text).matchAll(/\([^()\n]*\)/g)]
    .map((m) => m[0])
    .filter((p) => !known.has(p) && !moduleText.includes(p));
}

/** The rules a generated plan may break as it comes: what is the clinician's to write or decide. */
export const CLINICIAN_DECIDES = new Set([
  'safety-plan#meansSafety',
  'placeholder',
  'safety-plan#emptyPart',
  'risk-level',
  'risk-review#severe',
]);

/**
 * The plan a clinician makes of a generated one: each placeholder replaced
 * with their own words, the safety plan's parts written, the risk level they
 * assessed recorded. Test-only: it stands for the clinician's decisions.
 */
export function fillIn(text: string, today: string): string {
  const words: Record<keyof typeof PLACEHOLDER, string> = {
    client: 'J.D.',
    clinician: 'A. Rivera, LPC',
    problem: 'Generalized anxiety',
    description: 'Worries most of the day about work and money, since the spring.',
    goal: 'Worry less at night',
    step: 'Sleep 7 hours on 5 nights a week',
    method: 'Worry postponement, weekly',
    code: 'F41.1',
    diagnosisName: 'Generalized anxiety disorder',
    basis: 'GAD-7 of 14 on 2026-11-20; worry on most days for 8 months; no earlier episodes',
    modality: 'individual psychotherapy',
    frequency: 'weekly',
    duration: '50 min',
    revision: 'Reviewed with the client.',
    crisisContact: 'Riverbend Counseling front desk on weekdays',
    date: '2026-12-20',
  };
  let out = text
    // A diagnosis is reviewed with the client on a day that has come, not one ahead.
    .replace(/reviewed: YYYY-MM-DD/g, `reviewed: ${today}`);
  for (const [key, value] of Object.entries(words))
    out = out.split(PLACEHOLDER[key as keyof typeof PLACEHOLDER]).join(value);
  // The parts of the safety plan, in the client's words; the environment part acts on the means a module names.
  out = out.replace(
    /^(- Making the environment safe:)[ \t]*$/gm,
    "$1 the firearms are stored at my brother's; my sister holds the medicines and gives me a week at a time",
  );
  out = out.replace(/^(- [^\n:]+:)[ \t]*$/gm, '$1 written with the client on 2026-11-28');
  const risk = out.includes('## Safety plan') ? 'moderate' : 'none';
  return out.replace(/^(created: .*)$/m, `$1\nrisk: ${risk}`);
}
