// Making the environment safe follows the means the plan names: a firearm
// anywhere in the plan asks for an action on firearms (locked, stored away
// from home, removed, given to someone to hold, a lock); a stock of
// medication asks for an action on medication (locked, held by someone,
// dispensed in small amounts, disposed of). A part that keeps the means
// where they are ("will keep my guns where they are") is not an action.
// After lethal-means counselling (Counseling on Access to Lethal Means, CALM).

import type { PlanRiskSignal } from './risk/plan';
import { readRisk } from './risk/reader';

export type Means = 'firearms' | 'medication';

const FIREARM =
  /\b(?:fire\s?arms?|guns?|hand\s?guns?|pistols?|revolvers?|rifles?|shot\s?guns?|glocks?|weapons?|ammunition|ammo|\.22|\.38|\.45|9\s?mm)\b/i;
const MEDICATION =
  /\b(?:pills?|tablets?|meds|medications?|medicines?|prescriptions?|doses|supply|stockpile|stash|opioids?|oxy\w*|insulin|lithium|sleeping\s+pills|painkillers|overdose|\w+(?:azepam|azolam|triptyline|tiapine|codone))\b/i;

const FIREARM_ACTION =
  /\b(?:lock(?:ed|s|ing)?(?:\s+(?:up|away))?|lockbox|lock\s+box|gun\s+safe|safe\b|cable\s+lock|trigger\s+lock|stor(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|g[ai]ve?\s+(?:them|it|\w+)?\s*to|given\s+to|hand(?:ed|s)?\s+(?:over|to)|hold(?:s|ing)?|kept\s+(?:at|by|with)|keep(?:s|ing)?\s+(?:them|it)\s+(?:at|with)|out\s+of\s+the\s+(?:home|house)|away\s+from\s+(?:home|the\s+house)|off-?site|sold|sell|dispos\w+|unload\w*|disassembl\w*|ammunition\s+(?:stored|kept)\s+separately|police|sheriff|gun\s+(?:shop|store|range|club)|range|temporar\w+\s+transfer|transfer\w*)\b/i;
const MEDICATION_ACTION =
  /\b(?:lock(?:ed|s|ing)?(?:\s+(?:up|away))?|lockbox|lock\s+box|pharmacist|pharmacy|dispens\w+|blister|small(?:er)?\s+(?:supply|supplies|amounts?|quantit\w+)|(?:weekly|daily)\s+(?:supply|supplies|pill\s+box|doses)|pill\s+(?:box|organizer)|dispos\w+|take-?back|drop-?box|flush\w*|hold(?:s|ing)?|holds\s+(?:them|the)|g[ai]ve?\s+(?:them|it|\w+)?\s*to|given\s+to|hand(?:ed|s)?\s+(?:over|to)|kept\s+(?:at|by|with)|remov(?:e|ed|es|ing)|out\s+of\s+the\s+(?:home|house)|(?:one|a)\s+(?:week|day)'?s?(?:\s+worth)?\s+at\s+a\s+time|(?:keeps|holds|has|manages)\s+(?:the|my|her|his|all)\s+(?:\w+\s+)?(?:pills|meds|medications?|prescriptions)|manag\w+\s+(?:by|my|her|his)\s+\w+)\b/i;
/** Words that keep the means where they are, or refuse to act on them. */
const KEEPS =
  /\b(?:keep(?:s|ing)?|leav(?:e|es|ing)|left)\s+(?:my|his|her|their|the|all)?\s*(?:guns?|fire\s?arms?|rifles?|pistols?|weapons?|pills|meds|medications?)\s+(?:where\s+(?:they|it)\s+(?:are|is)|as\s+(?:they|it)\s+(?:are|is)|at\s+home|in\s+the\s+(?:house|home|closet|nightstand|bedroom|truck|car|drawer)|loaded|by\s+(?:my|his|her|the)\s+bed)|\b(?:won'?t|will\s+not|would\s+not|refus\w+\s+to|declin\w+\s+to|not\s+willing\s+to|unwilling\s+to|doesn'?t\s+want\s+to|does\s+not\s+want\s+to)\s+(?:give\s+up|remove|lock|store|move|hand\s+over|part\s+with|get\s+rid\s+of|let\s+(?:anyone|anybody|\w+)\s+hold)\b/i;

/** The means the plan's signals name. */
export function meansNamed(
  signals: readonly PlanRiskSignal[],
  safetyPlanText: string,
): Map<Means, PlanRiskSignal | undefined> {
  const out = new Map<Means, PlanRiskSignal | undefined>();
  for (const s of signals) {
    if (s.category === 'firearm-access' && !out.has('firearms')) out.set('firearms', s);
    const pills =
      s.category === 'medication-access' ||
      ((s.category === 'preparatory-act' ||
        s.category === 'method' ||
        s.category === 'plan' ||
        s.category === 'attempt') &&
        MEDICATION.test(s.words));
    if (pills && !out.has('medication')) out.set('medication', s);
  }
  // Means named only inside the safety plan ("will keep my guns where they are") count too, unless negated ("no firearms at home").
  if (!out.has('firearms') && readRisk(safetyPlanText).some((m) => m.category === 'firearm-access'))
    out.set('firearms', undefined);
  return out;
}

/** What an environment part does about each means: addressed with an action, kept, or not said. */
export function meansAnswer(means: Means, environment: string): 'addressed' | 'kept' | 'missing' {
  // Read clause by clause: "the rifle is at my brother's; I'll keep my pills where they are".
  let addressed = false;
  for (const clause of environment.split(/[.;\n]|\bbut\b/i)) {
    const names = means === 'firearms' ? FIREARM.test(clause) : MEDICATION.test(clause);
    if (!names) continue;
    if (KEEPS.test(clause)) return 'kept';
    if ((means === 'firearms' ? FIREARM_ACTION : MEDICATION_ACTION).test(clause)) addressed = true;
  }
  return addressed ? 'addressed' : 'missing';
}

/** The words that keep the means, for the message. */
export function keptWords(environment: string): string {
  return KEEPS.exec(environment)?.[0] ?? '';
}
