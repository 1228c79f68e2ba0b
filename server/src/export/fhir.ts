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
import type { Plan } from '../plan/model';
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
import { observations } from './observations';
import { addGoals, type Ctx } from './fhir-goals';

export { CLIENT_IDENTIFIER_SYSTEM } from './fhir-values';

export function toFhir(plan: Plan, library?: Library): Json {
  const m = plan.meta;
  const client = clean(m.client?.value);
  const clinician = clean(m.clinician?.value);
  const seed = `${client}|${m.created?.value ?? ''}|${clinician}`;
  const entries: Json[] = [];
  const patientId = uuid(`${seed}|patient`);
  const subject = ref(patientId, client || undefined);
  const ctx: Ctx = {
    plan,
    library,
    seed,
    client,
    clinician,
    created: date(m.created?.value),
    subject,
    open: OPEN_GOAL[m.status?.value ?? 'draft']!,
    // The scores of ## Measures: an Observation each, linked from the Goals of the steps that name their instrument.
    scores: observations(plan, { seed, uuid, subject, profiled: client !== '' }),
    // US Core Patient needs an identifier: without the client's pseudonym no resource claims a profile.
    profile: (name) => (client ? { meta: { profile: [`${US_CORE}${name}`] } } : {}),
    add: (resource) => entries.push({ fullUrl: `urn:uuid:${String(resource.id)}`, resource }),
  };
  const practitionerId = clinician ? uuid(`${seed}|practitioner`) : undefined;
  const conditions = addConditions(ctx);
  const { goalIds, activities } = addGoals(ctx, conditions);
  const carePlanId = uuid(`${seed}|careplan`);
  const carePlan = carePlanOf(ctx, carePlanId, practitionerId, conditions, goalIds, activities);
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
      { fullUrl: `urn:uuid:${patientId}`, resource: patientOf(ctx, patientId) },
      ...practitioner,
      ...entries,
      ...ctx.scores.entries,
    ],
  };
}

/** A Condition per diagnosis, with its ICD-10-CM coding where the table has the code. */
function addConditions(ctx: Ctx): Array<{ id: string; code: string | undefined }> {
  const { plan, library, seed, subject } = ctx;
  return (plan.meta.diagnoses?.value ?? []).map((d, i) => {
    const id = uuid(`${seed}|condition|${i}|${d.code?.value ?? ''}`);
    const code = d.code?.value;
    const coding = icdCoding(code, library);
    const title = coding?.display as string | undefined;
    const reviewed = date(d.reviewed?.value);
    const basis = clean(d.basis?.value);
    ctx.add({
      resourceType: 'Condition',
      id,
      ...ctx.profile('us-core-condition-problems-health-concerns'),
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
}

function carePlanOf(
  ctx: Ctx,
  id: string,
  practitionerId: string | undefined,
  conditions: ReadonlyArray<{ id: string }>,
  goalIds: readonly string[],
  activities: readonly Json[],
): Json {
  const { plan, client, clinician, created } = ctx;
  const m = plan.meta;
  const review = date(m.review?.value);
  return {
    resourceType: 'CarePlan',
    id,
    ...ctx.profile('us-core-careplan'),
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
    title: clean(plan.title?.text) || 'Treatment plan',
    subject: ctx.subject,
    ...(created ? { period: { start: created, ...(review && review >= created ? { end: review } : {}) } } : {}),
    ...(created ? { created } : {}),
    ...(practitionerId ? { author: ref(practitionerId, clinician) } : {}),
    ...(conditions.length ? { addresses: conditions.map((c) => ref(c.id)) } : {}),
    ...(goalIds.length ? { goal: goalIds.map((g) => ref(g)) } : {}),
    ...(activities.length ? { activity: activities } : {}),
  };
}

/** The pseudonym, a name withheld on purpose (`masked`) and a gender the plan does not state. */
function patientOf(ctx: Ctx, id: string): Json {
  return {
    resourceType: 'Patient',
    id,
    ...ctx.profile('us-core-patient'),
    ...(ctx.client
      ? {
          identifier: [{ system: CLIENT_IDENTIFIER_SYSTEM, value: ctx.client }],
          name: [{ extension: [{ url: DATA_ABSENT_REASON, valueCode: 'masked' }] }],
          gender: 'unknown',
        }
      : {}),
  };
}
