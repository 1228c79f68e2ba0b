// The scores exported to FHIR: one Observation each, checked against the R4
// schema (fhir.test.ts runs every example through it) and here against the
// constraints of the US Core Observation Screening Assessment Profile
// (StructureDefinition us-core-observation-screening-assessment, US Core
// 8.0.0: category with a survey slice, subject, status, us-core-1 to 3), and
// linked from the Goals of the steps that name the instrument.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { toFhir } from '../../server/src/export/fhir';
import { SCREENING_ASSESSMENT } from '../../server/src/export/observations';
import { toJson } from '../../server/src/export/json';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { ROOT, testLibrary } from '../helpers/library';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'measurement-based-depression.plan.md'), 'utf8');
const library = testLibrary();

/** The profile's rules an Observation breaks, in words (none: it conforms as far as they go). */
function screeningAssessmentErrors(o: Json, byUrl: Map<string, Json>): string[] {
  const errors: string[] = [];
  if (!o.meta?.profile?.includes(SCREENING_ASSESSMENT)) errors.push('meta.profile');
  if (
    ![
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ].includes(o.status)
  )
    errors.push('status');
  const surveys = (o.category ?? []).filter((c: Json) =>
    c.coding?.some(
      (x: Json) => x.system === 'http://terminology.hl7.org/CodeSystem/observation-category' && x.code === 'survey',
    ),
  );
  if (surveys.length !== 1) errors.push('category:survey 1..1');
  if (!o.code?.coding?.length && !o.code?.text) errors.push('code');
  if (byUrl.get(o.subject?.reference)?.resourceType !== 'Patient') errors.push('subject: a Patient');
  // us-core-1: a dateTime is at least a day.
  if (typeof o.effectiveDateTime !== 'string' || o.effectiveDateTime.length < 10) errors.push('us-core-1');
  // us-core-2: without components or members, a value or a data absent reason.
  if (!o.component && !o.hasMember && !o.valueQuantity && !o.dataAbsentReason) errors.push('us-core-2');
  // us-core-3: a coded Quantity unit is UCUM.
  if (o.valueQuantity?.code && o.valueQuantity.system !== 'http://unitsofmeasure.org') errors.push('us-core-3');
  return errors;
}

describe('the scores in FHIR', () => {
  const bundle = toFhir(parsePlan(EXAMPLE), library) as Json;
  const resources: Json[] = bundle.entry.map((e: Json) => e.resource);
  const byUrl = new Map<string, Json>(bundle.entry.map((e: Json) => [e.fullUrl, e.resource]));
  const observations = resources.filter((r) => r.resourceType === 'Observation');

  it('are one Observation per score, each meeting the US Core Screening Assessment Profile', () => {
    expect(observations).toHaveLength(11);
    const fhir = new Fhir();
    for (const o of observations) {
      expect(screeningAssessmentErrors(o, byUrl), JSON.stringify(o)).toEqual([]);
      expect(fhir.validate(o).valid).toBe(true);
    }
    expect(observations[0]).toMatchObject({
      code: {
        coding: [
          {
            system: 'http://loinc.org',
            code: '44261-6',
            display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
          },
        ],
      },
      effectiveDateTime: '2026-09-01',
      valueQuantity: { value: 17, unit: 'score', system: 'http://unitsofmeasure.org', code: '1' },
      interpretation: [{ text: 'moderately severe' }],
      note: [{ text: 'intake' }],
    });
    expect(observations.filter((o) => o.code.coding[0].code === '70274-6')).toHaveLength(4);
  });

  it("are the outcomes of the Goals of the steps that name the instrument, whose target is the step's", () => {
    const goal = resources.find(
      (r) => r.resourceType === 'Goal' && r.description.text.startsWith('Score below 10 on the PHQ-9'),
    )!;
    expect(goal.target).toEqual([
      {
        measure: observations[0]!.code,
        detailQuantity: { value: 10, comparator: '<', unit: 'score', system: 'http://unitsofmeasure.org', code: '1' },
        dueDate: '2026-12-15',
      },
    ]);
    const linked = goal.outcomeReference.map((r: Json) => byUrl.get(r.reference));
    expect(linked).toHaveLength(7);
    expect(linked.every((o: Json) => o.code.coding[0].code === '44261-6')).toBe(true);
    // A step that names no instrument has no outcome linked.
    const work = resources.find((r) => r.resourceType === 'Goal' && r.description.text.startsWith('Work 5 full days'))!;
    expect(work.outcomeReference).toBeUndefined();
  });

  it('names an instrument without a checked LOINC code in words, and leaves out rows that are not scores', () => {
    const text = EXAMPLE.replace(
      '| 2026-09-15 | PHQ-9 | 15 | |',
      '| 2026-09-15 | BDI-II | 22 | |\n| 2026-09-16 | PHQ-9 | 31 | |',
    );
    const o = (toFhir(parsePlan(text), library) as Json).entry
      .map((e: Json) => e.resource)
      .filter((r: Json) => r.resourceType === 'Observation');
    expect(o).toHaveLength(11);
    expect(o.find((x: Json) => x.effectiveDateTime === '2026-09-15').code).toEqual({
      text: 'Beck Depression Inventory-II (BDI-II) total score',
    });
  });

  it('carries the table in the JSON export, each cell as written with what was read of it', () => {
    const json = toJson(parsePlan(EXAMPLE)) as Json;
    expect(json.measures).toHaveLength(11);
    expect(json.measures[0]).toEqual({
      date: '2026-09-01',
      measure: 'PHQ-9',
      score: '17',
      note: 'intake',
      instrument: 'phq-9',
      day: '2026-09-01',
      value: 17,
      line: 71,
    });
  });
});
