// toFhir: Plan → a FHIR R4 Bundle (type `collection`) with a CarePlan, a Goal
// per goal and per step, and a Condition per diagnosis. Resources follow US
// Core's must-support elements for CarePlan and Goal. References to the client
// and the clinician are display-only: a plan names no record identifiers.

import type { Library } from '../library/library';
import { findMeasures } from '../library/measures';
import type { Goal, Plan, Step } from '../plan/model';
import { withoutTrailingTarget } from '../plan/dates';
import { escapeHtml } from '../text/escape';

type Json = Record<string, unknown>;

const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';

/** A stable UUID from text (FNV-1a), so the same plan exports the same ids. */
function uuid(seed: string): string {
  const parts: string[] = [];
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    parts.push(h.toString(16).padStart(8, '0'));
  }
  const hex = parts.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function narrative(lines: string[]): Json {
  return {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`,
  };
}

const CAREPLAN_STATUS: Record<string, string> = {
  draft: 'draft',
  active: 'active',
  completed: 'completed',
  discontinued: 'revoked',
};

export function toFhir(plan: Plan, library?: Library): Json {
  const m = plan.meta;
  const seed = `${m.client?.value ?? ''}|${m.created?.value ?? ''}|${m.clinician?.value ?? ''}`;
  const subject = { display: m.client?.value ?? 'client' };
  const author = m.clinician ? { display: m.clinician.value } : undefined;
  const entries: Json[] = [];
  const ref = (id: string) => ({ reference: `urn:uuid:${id}` });

  const conditions = (m.diagnoses?.value ?? []).map((d, i) => {
    const id = uuid(`${seed}|condition|${i}|${d.code?.value ?? ''}`);
    const title = d.code ? library?.codes.title(d.code.value) : undefined;
    const resource: Json = {
      resourceType: 'Condition',
      id,
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
        ...(d.code ? { coding: [{ system: ICD10CM, code: d.code.value, ...(title ? { display: title } : {}) }] } : {}),
        text: d.name?.value ?? title ?? d.code?.value ?? 'diagnosis',
      },
      subject,
      ...(d.reviewed ? { recordedDate: d.reviewed.value } : {}),
      ...(d.basis ? { note: [{ text: `Basis: ${d.basis.value}` }] } : {}),
    };
    entries.push({ fullUrl: `urn:uuid:${id}`, resource });
    return { id, code: d.code?.value };
  });

  const goalIds: string[] = [];
  const goalResource = (
    id: string,
    description: string,
    met: boolean,
    step: Step | undefined,
    addresses: string[],
    partOf?: string,
  ): Json => {
    const measures = step ? findMeasures(step.text).map((f) => f.measure) : [];
    const target: Json[] = [];
    if (step?.target || measures.length) {
      target.push({
        ...(measures[0] ? { measure: { text: measures[0].name } } : {}),
        ...(step?.target ? { dueDate: step.target.value } : {}),
      });
    }
    return {
      resourceType: 'Goal',
      id,
      text: narrative([description]),
      lifecycleStatus: met ? 'completed' : 'active',
      achievementStatus: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: met ? 'achieved' : 'in-progress' },
        ],
      },
      description: { text: description },
      subject,
      ...(m.created ? { startDate: m.created.value } : {}),
      ...(target.length ? { target } : {}),
      ...(addresses.length ? { addresses: addresses.map(ref) } : {}),
      ...(partOf ? { note: [{ text: `A step toward the goal urn:uuid:${partOf}` }] } : {}),
    };
  };

  const activities: Json[] = [];
  const frequency = m.services?.value[0]?.frequency?.value;
  for (const [pi, problem] of plan.problems.entries()) {
    const module = library?.moduleFor(problem);
    const addresses = conditions.filter((c) => c.code && module?.diagnoses.includes(c.code)).map((c) => c.id);
    for (const [gi, goal] of problem.goals.entries()) {
      const steps = goal.steps?.items ?? [];
      const id = uuid(`${seed}|goal|${pi}|${gi}|${goal.text}`);
      goalIds.push(id);
      const met = steps.length > 0 && steps.every((s) => s.met);
      entries.push({
        fullUrl: `urn:uuid:${id}`,
        resource: goalResource(id, `${problem.name}: ${goal.text}`, met, undefined, addresses),
      });
      for (const [si, step] of steps.entries()) {
        const stepId = uuid(`${seed}|step|${pi}|${gi}|${si}|${step.text}`);
        goalIds.push(stepId);
        entries.push({
          fullUrl: `urn:uuid:${stepId}`,
          resource: goalResource(stepId, withoutTrailingTarget(step.text), step.met, step, addresses, id),
        });
      }
      for (const method of goal.methods?.items ?? []) activities.push(activity(method.text, goal, frequency));
    }
  }

  const carePlanId = uuid(`${seed}|careplan`);
  const carePlan: Json = {
    resourceType: 'CarePlan',
    id: carePlanId,
    text: narrative([
      `Treatment plan for ${subject.display}${author ? `, by ${author.display}` : ''}.`,
      ...plan.problems.map((p) => `Problem: ${p.name} (${p.goals.length} goal${p.goals.length === 1 ? '' : 's'})`),
    ]),
    status: CAREPLAN_STATUS[m.status?.value ?? 'draft'],
    intent: 'plan',
    category: [
      { coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }] },
    ],
    title: plan.title?.text ?? 'Treatment plan',
    subject,
    ...(m.created ? { period: { start: m.created.value, ...(m.review ? { end: m.review.value } : {}) } } : {}),
    ...(m.created ? { created: m.created.value } : {}),
    ...(author ? { author } : {}),
    ...(conditions.length ? { addresses: conditions.map((c) => ref(c.id)) } : {}),
    ...(goalIds.length ? { goal: goalIds.map(ref) } : {}),
    ...(activities.length ? { activity: activities } : {}),
  };
  entries.unshift({ fullUrl: `urn:uuid:${carePlanId}`, resource: carePlan });
  return { resourceType: 'Bundle', id: uuid(`${seed}|bundle`), type: 'collection', entry: entries };
}

function activity(method: string, goal: Goal, frequency: string | undefined): Json {
  return {
    detail: {
      status: 'in-progress',
      description: method,
      ...(frequency ? { scheduledString: frequency } : {}),
      ...(goal.text ? { reasonCode: [{ text: goal.text }] } : {}),
    },
  };
}
