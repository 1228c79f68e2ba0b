// toFhir: Plan → a FHIR R4 Bundle (type `collection`): a CarePlan, the client
// as a Patient that holds only the plan's pseudonym, the clinician as a
// Practitioner, a Goal per goal and per step, and a Condition per diagnosis,
// referenced by `urn:uuid`. When the plan names its client, CarePlan, Goal,
// Condition and Patient claim the US Core profile they meet (US Core 6.1/7.0):
// the Patient's name is masked (data-absent-reason) and its gender `unknown`,
// as US Core's missing-data guidance asks, so nothing is invented. The
// Practitioner claims none (US Core asks an NPI, which a plan does not hold).
// Every value is a valid R4 value: empty texts, impossible dates and control
// characters never reach the Bundle.

import type { Library } from '../library/library';
import { findMeasures } from '../library/measures';
import { withoutTrailingTarget } from '../plan/dates';
import type { Goal, Plan, Step } from '../plan/model';
import {
  CAREPLAN_STATUS,
  CLIENT_IDENTIFIER_SYSTEM,
  DATA_ABSENT_REASON,
  OPEN_GOAL,
  US_CORE,
  clean,
  date,
  icdCoding,
  narrative,
  ref,
  sentence,
  uuid,
  type Json,
} from './fhir-values';
import { measureConcept, observations } from './observations';

export { CLIENT_IDENTIFIER_SYSTEM } from './fhir-values';

export function toFhir(plan: Plan, library?: Library): Json {
  const m = plan.meta;
  const client = clean(m.client?.value);
  const clinician = clean(m.clinician?.value);
  const created = date(m.created?.value);
  const seed = `${client}|${m.created?.value ?? ''}|${clinician}`;
  const entries: Json[] = [];
  const add = (resource: Json) => entries.push({ fullUrl: `urn:uuid:${String(resource.id)}`, resource });
  // US Core Patient needs an identifier: without the client's pseudonym no resource claims a profile.
  const profile = (name: string) => (client ? { meta: { profile: [`${US_CORE}${name}`] } } : {});
  const open = OPEN_GOAL[m.status?.value ?? 'draft']!;

  const patientId = uuid(`${seed}|patient`);
  const subject = ref(patientId, client || undefined);
  const practitionerId = clinician ? uuid(`${seed}|practitioner`) : undefined;
  // The scores of ## Measures: an Observation each, linked from the Goals of the steps that name their instrument.
  const scores = observations(plan, { seed, uuid, subject, profiled: client !== '' });

  const conditions = (m.diagnoses?.value ?? []).map((d, i) => {
    const id = uuid(`${seed}|condition|${i}|${d.code?.value ?? ''}`);
    const code = d.code?.value;
    const coding = icdCoding(code, library);
    const title = coding?.display as string | undefined;
    const reviewed = date(d.reviewed?.value);
    const basis = clean(d.basis?.value);
    add({
      resourceType: 'Condition',
      id,
      ...profile('us-core-condition-problems-health-concerns'),
      clinicalStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
      },
      verificationStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
      },
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'problem-list-item',
              display: 'Problem List Item',
            },
          ],
        },
      ],
      code: {
        ...(coding ? { coding: [coding] } : {}),
        text: clean(d.name?.value) || title || clean(code) || 'Diagnosis',
      },
      subject,
      ...(reviewed ? { recordedDate: reviewed } : {}),
      ...(basis ? { note: [{ text: `Basis: ${basis}` }] } : {}),
    });
    return { id, code };
  });

  const goalIds: string[] = [];
  const goalResource = (
    id: string,
    description: string,
    met: boolean,
    step?: Step,
    addresses: string[] = [],
    partOf?: string,
    clientWords?: string,
  ): Json => {
    const measures = step ? findMeasures(step.text).map((f) => f.measure) : [];
    const due = date(step?.target?.value);
    const linked = scores.goalParts(step);
    const measure = linked.target ?? (measures[0] ? { measure: measureConcept(measures[0]) } : undefined);
    const target = due || measure ? [{ ...measure, ...(due ? { dueDate: due } : {}) }] : [];
    return {
      resourceType: 'Goal',
      id,
      ...profile('us-core-goal'),
      text: narrative([description]),
      lifecycleStatus: met ? 'completed' : open.lifecycle,
      ...(met || open.achievement
        ? {
            achievementStatus: {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
                  code: met ? 'achieved' : open.achievement,
                },
              ],
            },
          }
        : {}),
      description: { text: description },
      subject,
      ...(created ? { startDate: created } : {}),
      ...(target.length ? { target } : {}),
      ...(linked.outcomeReference ? { outcomeReference: linked.outcomeReference } : {}),
      ...(addresses.length ? { addresses: addresses.map((a) => ref(a)) } : {}),
      // The goal in the client's own words: expressed by the client (the Patient).
      ...(clientWords ? { expressedBy: subject } : {}),
      ...(partOf || clientWords
        ? {
            note: [
              ...(clientWords ? [{ text: `In the client's words: ${clientWords}` }] : []),
              ...(partOf ? [{ text: `A step toward the goal urn:uuid:${partOf}` }] : []),
            ],
          }
        : {}),
    };
  };

  const activities: Json[] = [];
  const frequency = clean(m.services?.value[0]?.frequency?.value);
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
        const words = clean(goal.clientWords?.value) || undefined;
        add(goalResource(id, `${problemName}: ${goalText}`, met, undefined, addresses, undefined, words));
      }
      for (const [si, step] of steps.entries()) {
        const stepId = uuid(`${seed}|step|${pi}|${gi}|${si}|${step.text}`);
        goalIds.push(stepId);
        add(
          goalResource(
            stepId,
            clean(withoutTrailingTarget(step.text)),
            step.met,
            step,
            addresses,
            goalText ? id : undefined,
          ),
        );
      }
      for (const method of goal.methods?.items ?? []) {
        const description = clean(method.text);
        if (description) activities.push(activity(description, goal, frequency));
      }
    }
  }

  const title = clean(plan.title?.text) || 'Treatment plan';
  const carePlanId = uuid(`${seed}|careplan`);
  const review = date(m.review?.value);
  const carePlan: Json = {
    resourceType: 'CarePlan',
    id: carePlanId,
    ...profile('us-core-careplan'),
    text: narrative([
      sentence(`Treatment plan for ${client || 'the client'}${clinician ? `, by ${clinician}` : ''}`),
      ...plan.problems.map(
        (p) => `Problem: ${clean(p.name) || 'Problem'} (${p.goals.length} goal${p.goals.length === 1 ? '' : 's'})`,
      ),
    ]),
    status: CAREPLAN_STATUS[m.status?.value ?? 'draft'],
    intent: 'plan',
    category: [
      { coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }] },
    ],
    title,
    subject,
    ...(created ? { period: { start: created, ...(review && review >= created ? { end: review } : {}) } } : {}),
    ...(created ? { created } : {}),
    ...(practitionerId ? { author: ref(practitionerId, clinician) } : {}),
    ...(conditions.length ? { addresses: conditions.map((c) => ref(c.id)) } : {}),
    ...(goalIds.length ? { goal: goalIds.map((g) => ref(g)) } : {}),
    ...(activities.length ? { activity: activities } : {}),
  };
  // The pseudonym, a name withheld on purpose (`masked`) and a gender the plan does not state.
  const patient: Json = {
    resourceType: 'Patient',
    id: patientId,
    ...profile('us-core-patient'),
    ...(client
      ? {
          identifier: [{ system: CLIENT_IDENTIFIER_SYSTEM, value: client }],
          name: [{ extension: [{ url: DATA_ABSENT_REASON, valueCode: 'masked' }] }],
          gender: 'unknown',
        }
      : {}),
  };
  const practitioner = practitionerId
    ? [
        {
          fullUrl: `urn:uuid:${practitionerId}`,
          resource: { resourceType: 'Practitioner', id: practitionerId, name: [{ text: clinician }] },
        },
      ]
    : [];
  return {
    resourceType: 'Bundle',
    id: uuid(`${seed}|bundle`),
    type: 'collection',
    entry: [
      { fullUrl: `urn:uuid:${carePlanId}`, resource: carePlan },
      { fullUrl: `urn:uuid:${patientId}`, resource: patient },
      ...practitioner,
      ...entries,
      ...scores.entries,
    ],
  };
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
