// The JSON the tools print, held to its schemas and its docs: every property
// of the plan export and of the lint output is described in its schema and
// named in the docs, and what the tools print validates.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../server/src/export/json';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { runCli } from '../helpers/cli';
import { generatePlan } from '../helpers/generate';
import { ROOT, testLibrary } from '../helpers/library';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as Json;
const examples = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

/** Every property a schema declares, by path (`problems[].goals[].text`), with its description. */
function properties(node: Json, prefix = ''): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
    const key = `${prefix}${k}`;
    out.push([key, v.description]);
    out.push(...properties(v, `${key}.`));
    if (v.items) out.push(...properties(v.items, `${key}[].`));
    for (const o of v.oneOf ?? []) out.push(...properties(o, `${key}.`));
  }
  if (node.items && !prefix) out.push(...properties(node.items, '[].'));
  return out;
}

/** Every key of a JSON value, by path, as `properties` writes them. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keysOf(v, prefix ? `${prefix.slice(0, -1)}[].` : '[].'));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keysOf(v, `${prefix}${k}.`)]);
}

describe('schemas/plan.schema.json', () => {
  const plan = schema('plan.schema.json');
  const docs = readFileSync(path.join(ROOT, 'docs', 'preview-export.md'), 'utf8');

  it('describes every property, and docs/preview-export.md names each', () => {
    const props = properties(plan);
    expect(props.length).toBeGreaterThan(50);
    for (const [key, description] of props) {
      expect(description?.trim(), key).toBeTruthy();
      expect(docs, key).toContain(`\`${key.split('.').pop()!.replace('[]', '')}\``);
    }
  });

  it('declares every property the export writes, and the exports validate', () => {
    const declared = new Set(properties(plan).map(([k]) => k));
    const validate = new Ajv({ allErrors: true }).compile(plan);
    const library = testLibrary();
    for (const text of [...examples, generatePlan(4, 3), '']) {
      const json = toJson(parsePlan(text), library);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      for (const key of new Set(keysOf(json))) expect(declared, key).toContain(key);
    }
  });
});

describe('schemas/lint.schema.json', () => {
  const lint = schema('lint.schema.json');

  it('describes every property, and the CLI contract names each and says how columns count', () => {
    const contract = readFileSync(path.join(ROOT, 'docs', 'plan-format.md'), 'utf8');
    for (const [key, description] of properties(lint)) {
      expect(description?.trim(), key).toBeTruthy();
      expect(contract, key).toContain(`"${key.split('.').pop()!.replace('[]', '')}"`);
    }
    expect(contract).toContain('schemas/lint.schema.json');
    expect(contract).toMatch(/columns count UTF-16 code\s+units/);
    expect(lint.items.properties.diagnostics.items.properties.column.description).toMatch(/UTF-16 code units/);
  });

  it('matches what tplan lint --format json prints, for the examples and every rule fixture', () => {
    const validate = new Ajv({ allErrors: true }).compile(lint);
    for (const args of [['examples'], ['test/fixtures/rules']]) {
      const r = runCli(['lint', '--format', 'json', '--today', '2026-11-28', ...args], ROOT);
      const out = JSON.parse(r.stdout) as Json[];
      expect(out.length).toBeGreaterThan(4);
      expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const declared = new Set(properties(lint).map(([k]) => k));
      for (const key of new Set(keysOf(out))) expect(declared, key).toContain(key);
    }
  });
});
