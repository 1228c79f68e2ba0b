// Every placeholder text the product writes: New Plan, the snippets, the
// module snippets, Insert Module, the fixes. The generators take their words
// from here, and the `placeholder` rule finds what is left of them in a plan,
// so "no problems" never means a template that was never filled in. A test
// fails when a generator writes a placeholder this list does not hold.

/** The date a step, a review or a diagnosis review still waits for. */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

export const PLACEHOLDER = {
  client: '(initials or pseudonym)',
  clinician: '(your name, credential)',
  problem: '(problem)',
  description: '(how the problem shows up for this client)',
  goal: '(what the client wants to reach)',
  step: '(what the client will do, how often or how much)',
  method: '(a therapy method)',
  code: '(ICD-10-CM code)',
  diagnosisName: '(diagnosis name)',
  basis: '(how the diagnosis was reached, with measures and scores, symptoms and how long, history)',
  modality: '(individual, couple, family or group therapy)',
  frequency: '(how often)',
  duration: '(session length)',
  revision: '(what changed and why)',
  crisisContact: '(your practice or agency, and how to reach it)',
  date: DATE_PLACEHOLDER,
} as const;

/** Every placeholder, longest first (a longer one is found before a shorter one it contains). */
export const PLACEHOLDERS: readonly string[] = [...new Set(Object.values(PLACEHOLDER))].sort(
  (a, b) => b.length - a.length,
);

/** Every placeholder as one regular expression's source, longest first: to find them inside a text. */
export const PLACEHOLDER_SOURCE = PLACEHOLDERS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const SET = new Set(PLACEHOLDERS);

/** True when a value is nothing but a placeholder (a rule that checks the value leaves it to `placeholder`). */
export function isPlaceholder(text: string): boolean {
  return SET.has(text.trim());
}
