// The plan's scores as FHIR R4 Observations, each meeting the US Core
// Observation Screening Assessment Profile: status final, category survey,
// the instrument's LOINC total-score code where one was checked (else the
// instrument named in text), the Patient as subject, the day as
// effectiveDateTime and the score as a Quantity in UCUM (no performer: the
// Practitioner claims no US Core profile, which the profile's performer asks
// of its target). A step that names an
// instrument gets, on its Goal, the code as `target.measure`, its target as
// `target.detailQuantity`, and the instrument's Observations as
// `outcomeReference`. Called once, from toFhir (fhir.ts).

import type { Measure } from '../library/measures';
import { bandOf } from '../library/measures';
import { outcomesOf } from '../measures/outcomes';
import { asScore, readings, type Score } from '../measures/scores';
import { stepTargets } from '../measures/targets';
import type { Step } from '../plan/model';
import type { Plan } from '../plan/model';
import { clean } from './fhir-values';

import type { Json } from './fhir-values';

export const SCREENING_ASSESSMENT =
  'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const UCUM = 'http://unitsofmeasure.org';
// As the US Core examples give a total score (AUDIT-C-item-example-75626-2): unit "score", UCUM unity.
const SCORE_UNIT = { unit: 'score', system: UCUM, code: '1' } as const;

export interface ObservationContext {
  /** The bundle's seed and its stable UUID maker. */
  readonly seed: string;
  readonly uuid: (seed: string) => string;
  readonly subject: Json;
  /** Whether resources claim US Core profiles (the Patient can meet US Core Patient only with the client's pseudonym). */
  readonly profiled: boolean;
}

export interface Observations {
  /** The Bundle entries, one per score, oldest first by instrument. */
  readonly entries: Json[];
  /** The Goal `target` and `outcomeReference` for a step that names an instrument. */
  goalParts(step: Step | undefined): { target?: Json; outcomeReference?: Json[] };
}

/** The instrument as a CodeableConcept: its LOINC total score where one was checked, its name always. */
export function measureConcept(m: Measure): Json {
  const loinc = outcomesOf(m).loinc;
  const text = loinc?.display ?? `${m.name} (${m.aliases[0]}) total score`;
  return loinc
    ? { coding: [{ system: 'http://loinc.org', code: loinc.code, display: loinc.display }], text }
    : { text };
}

function observation(s: Score, id: string, ctx: ObservationContext): Json {
  const band = bandOf(s.measure, s.value);
  const note = clean(s.row.note?.text ?? '');
  return {
    resourceType: 'Observation',
    id,
    ...(ctx.profiled ? { meta: { profile: [SCREENING_ASSESSMENT] } } : {}),
    status: 'final',
    category: [{ coding: [{ system: CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: measureConcept(s.measure),
    subject: ctx.subject,
    effectiveDateTime: s.date,
    valueQuantity: { value: s.value, ...SCORE_UNIT },
    ...(band ? { interpretation: [{ text: band.label }] } : {}),
    ...(note ? { note: [{ text: note }] } : {}),
  };
}

export function observations(plan: Plan, ctx: ObservationContext): Observations {
  const entries: Json[] = [];
  const ids = new Map<string, string[]>();
  const seen = new Set<string>();
  // Every valid score of the record: a future date is an error the export refuses, unless told to go on.
  for (const r of readings(plan)) {
    const s = asScore(r, '9999-12-31');
    if (!s || seen.has(`${s.measure.id}|${s.date}`)) continue;
    seen.add(`${s.measure.id}|${s.date}`);
    const id = ctx.uuid(`${ctx.seed}|observation|${s.measure.id}|${s.date}`);
    entries.push({ fullUrl: `urn:uuid:${id}`, resource: observation(s, id, ctx) });
    ids.set(s.measure.id, [...(ids.get(s.measure.id) ?? []), id]);
  }
  return {
    entries,
    goalParts(step) {
      const t = step ? stepTargets(step.text)[0] : undefined;
      if (!t) return {};
      const m = t.target.measure;
      const comparator = t.target.direction === 'down' ? (t.inclusive ? '<=' : '<') : t.inclusive ? '>=' : '>';
      const refs = (ids.get(m.id) ?? []).map((id) => ({ reference: `urn:uuid:${id}` }));
      return {
        target: { measure: measureConcept(m), detailQuantity: { value: t.target.value, comparator, ...SCORE_UNIT } },
        ...(refs.length ? { outcomeReference: refs } : {}),
      };
    },
  };
}
