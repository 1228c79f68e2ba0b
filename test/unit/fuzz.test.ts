// A short seeded pass of the fuzzer in every `npm test` (npm run fuzz runs long ones).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, run, useFhirSchema } from '../fuzz/harness';
import { ROOT } from '../helpers/library';

const examples = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
useFhirSchema(
  JSON.parse(
    readFileSync(
      path.join(ROOT, 'node_modules', '@asymmetrik', 'fhir-json-schema-validator', 'fhir.schema.json'),
      'utf8',
    ),
  ),
);

describe('fuzz (short seeded pass)', () => {
  it('holds on 400 inputs of seed 20261128', () => {
    const { failing } = run(20261128, 400, examples);
    expect(failing.map((f) => `#${f.n}: ${f.failures.join('; ')}`)).toEqual([]);
  });

  it('finds a broken invariant when there is one (the checks themselves work)', () => {
    // A fix that is not idempotent: a goal-has-methods skeleton inside an
    // unclosed fence was the bug; here the check sees a clean plan hold.
    expect(check('## Problem: X\n\n### Goal: Y\n\n#### Steps\n\n- [ ] a\n\n#### Methods\n\n- b\n')).toEqual([]);
  });
});
