// The six parts of a safety plan, after Stanley & Brown's Safety Planning
// Intervention (Cognitive and Behavioral Practice 19(2):256–264, 2012): the
// outline the generators write and the parts `safety-plan` looks for. A part
// is found by its label (`- Warning signs: …`, `### Warning signs`), in the
// clinician's words or ours.

import { PLACEHOLDER } from '../base/placeholders';

export interface SafetyPart {
  readonly id: 'warning' | 'coping' | 'distraction' | 'help' | 'professionals' | 'environment';
  /** The part in the messages. */
  readonly name: string;
  /** The line the outline writes. */
  readonly line: string;
  /** Labels that name this part. */
  readonly label: RegExp;
}

export const SAFETY_PARTS: readonly SafetyPart[] = [
  {
    id: 'warning',
    name: 'warning signs',
    line: '- Warning signs that a crisis may be starting:',
    label: /\b(?:warning\s+signs?|triggers?|red\s+flags?|early\s+signs?)\b/i,
  },
  {
    id: 'coping',
    name: 'coping strategies',
    line: '- Coping strategies I can use on my own:',
    label: /\b(?:coping|cope|internal|on\s+my\s+own|by\s+myself|self[- ]soothing)\b/i,
  },
  {
    id: 'distraction',
    name: 'people and places that help',
    line: '- People and places that help me feel better:',
    label: /\b(?:people\s+and\s+(?:social\s+)?(?:places|settings)|places|social\s+settings?|distract\w*)\b/i,
  },
  {
    id: 'help',
    name: 'people to ask for help',
    line: '- People I can ask for help:',
    label:
      /\b(?:ask\s+for\s+help|help\s+from|someone|(?:people|persons?|family|friends?)\s+(?:(?:I|we|he|she|they)\s+(?:can|could)|to)\s+(?:ask|call|contact|reach|talk)|support\s+(?:people|persons?|network|contacts?))\b/i,
  },
  {
    id: 'professionals',
    name: 'professionals and crisis lines',
    line: `- Professionals and crisis lines: 988 Suicide & Crisis Lifeline (call or text 988); ${PLACEHOLDER.crisisContact}`,
    label:
      /\b(?:professionals?|clinicians?|agenc(?:y|ies)|crisis\s+(?:lines?|contacts?|services?)|988|emergency\s+(?:contacts?|services?))\b/i,
  },
  {
    id: 'environment',
    name: 'making the environment safe',
    line: '- Making the environment safe:',
    label:
      /\b(?:environment|means\s+(?:safety|restriction)|lethal\s+means|(?:home|house|room)\s+safe(?:r|ty)?|safe(?:r|ty)?\s+(?:home|house|room|storage)|making\s+\S+\s+safe(?:r)?)\b/i,
  },
];

/** The outline of a safety plan, one line per part. */
export const SAFETY_PLAN_LINES: readonly string[] = SAFETY_PARTS.map((p) => p.line);

// The order labels are tried in: the most specific first ("people I can ask
// for help" before "people and places", "making the environment safe" before
// anything that says "safe").
const ORDER: readonly SafetyPart['id'][] = ['environment', 'professionals', 'help', 'warning', 'distraction', 'coping'];

/** The part a label names, if any. */
export function safetyPartOf(label: string): SafetyPart | undefined {
  for (const id of ORDER) {
    const part = SAFETY_PARTS.find((p) => p.id === id);
    if (part?.label.test(label)) return part;
  }
  return undefined;
}
