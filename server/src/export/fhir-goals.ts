// The Goals of a plan's FHIR Bundle (fhir.ts): a Goal per goal and per step,
// with its target on an instrument and its due date, and the CarePlan's
// activities, one per method.

import type { Library } from '../library/library';
import { findMeasures } from '../library/measures';
import { withoutTrailingTarget } from '../plan/dates';
import type { Goal, Plan, Step } from '../plan/model';
import { clean, date, narrative, ref, uuid, type Json } from './fhir-values';
import { measureConcept, type observations } from './observations';

/** What every resource of one plan's Bundle is made with. */
export interface Ctx {
  readonly plan: Plan;
  readonly library: Library | undefined;
  readonly seed: string;
  readonly client: string;
  readonly clinician: string;
  readonly created: string | undefined;
  readonly subject: Json;
  readonly open: { readonly lifecycle: string; readonly achievement?: string };
  readonly scores: ReturnType<typeof observations>;
  /** The meta that claims a US Core profile, when the client's pseudonym lets a resource meet it. */
  readonly profile: (name: string) => Json;
  /** Adds a resource to the Bundle's entries. */
  readonly add: (resource: Json) => void;
}

/** What a Goal resource says beyond its words: met or not, the step it is, what it addresses. */
interface GoalOptions {
  readonly met: boolean;
  readonly step?: Step;
  readonly addresses: readonly string[];
  readonly partOf?: string;
  readonly clientWords?: string;
}

function goalResource(ctx: Ctx, id: string, description: string, o: GoalOptions): Json {
  const { step, met } = o;
  const measures = step ? findMeasures(step.text).map((f) => f.measure) : [];
  const due = date(step?.target?.value);
  const linked = ctx.scores.goalParts(step);
  const measure = linked.target ?? (measures[0] ? { measure: measureConcept(measures[0]) } : undefined);
  const target = due || measure ? [{ ...measure, ...(due ? { dueDate: due } : {}) }] : [];
  return {
    resourceType: 'Goal',
    id,
    ...ctx.profile('us-core-goal'),
    text: narrative([description]),
    lifecycleStatus: met ? 'completed' : ctx.open.lifecycle,
    ...(met || ctx.open.achievement
      ? {
          achievementStatus: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
                code: met ? 'achieved' : ctx.open.achievement,
              },
            ],
          },
        }
      : {}),
    description: { text: description },
    subject: ctx.subject,
    ...(ctx.created ? { startDate: ctx.created } : {}),
    ...(target.length ? { target } : {}),
    ...(linked.outcomeReference ? { outcomeReference: linked.outcomeReference } : {}),
    ...(o.addresses.length ? { addresses: o.addresses.map((a) => ref(a)) } : {}),
    // The goal in the client's own words: expressed by the client (the Patient).
    ...(o.clientWords ? { expressedBy: ctx.subject } : {}),
    ...(o.partOf || o.clientWords
      ? {
          note: [
            ...(o.clientWords ? [{ text: `In the client's words: ${o.clientWords}` }] : []),
            ...(o.partOf ? [{ text: `A step toward the goal urn:uuid:${o.partOf}` }] : []),
          ],
        }
      : {}),
  };
}

/** A Goal per goal and per step, and an activity per method: what the CarePlan lists. */
export function addGoals(
  ctx: Ctx,
  conditions: ReadonlyArray<{ id: string; code: string | undefined }>,
): { goalIds: string[]; activities: Json[] } {
  const { plan, library, seed } = ctx;
  const goalIds: string[] = [];
  const activities: Json[] = [];
  const frequency = clean(plan.meta.services?.value[0]?.frequency?.value);
  for (const [pi, problem] of plan.problems.entries()) {
    const module = library?.moduleFor(problem);
    const addresses = conditions.filter((c) => c.code && module?.diagnoses.includes(c.code)).map((c) => c.id);
    const problemName = clean(problem.name) || 'Problem';
    for (const [gi, goal] of problem.goals.entries()) {
      const steps = (goal.steps?.items ?? []).filter((s) => clean(withoutTrailingTarget(s.text)));
      const goalText = clean(goal.text);
      // A goal without words cannot be a FHIR Goal; its steps still can.
      const id = uuid(`${seed}|goal|${pi}|${gi}|${goal.text}`);
      if (goalText) {
        goalIds.push(id);
        const met = steps.length > 0 && steps.every((s) => s.met);
        const clientWords = clean(goal.clientWords?.value) || undefined;
        ctx.add(goalResource(ctx, id, `${problemName}: ${goalText}`, { met, addresses, clientWords }));
      }
      for (const [si, step] of steps.entries()) {
        const stepId = uuid(`${seed}|step|${pi}|${gi}|${si}|${step.text}`);
        goalIds.push(stepId);
        const partOf = goalText ? id : undefined;
        ctx.add(
          goalResource(ctx, stepId, clean(withoutTrailingTarget(step.text)), {
            met: step.met,
            step,
            addresses,
            partOf,
          }),
        );
      }
      for (const method of goal.methods?.items ?? []) {
        const description = clean(method.text);
        if (description) activities.push(activity(description, goal, frequency));
      }
    }
  }
  return { goalIds, activities };
}

function activity(method: string, goal: Goal, frequency: string): Json {
  const reason = clean(goal.text);
  return {
    detail: {
      status: 'in-progress',
      description: method,
      ...(frequency ? { scheduledString: frequency } : {}),
      ...(reason ? { reasonCode: [{ text: reason }] } : {}),
    },
  };
}
