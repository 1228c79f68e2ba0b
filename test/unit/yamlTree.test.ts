// fromYaml finds repeated keys itself, in one pass: `yaml`'s own check
// (`uniqueKeys: true`) reads each key against every key before it in its map,
// and 40,000 flow keys in a frontmatter took 5 s (issue 31; `npm run
// bench:hostile` times the shape). Its errors must stay yaml's, in the order
// of the text: every other error in its place, as many repeated keys, each at
// its key (yaml's own place for nearly all).
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { byPlace, fromYaml } from '../../server/src/plan/yamlTree';
import { random, type Random } from '../fuzz/inputs';
import { runs } from '../helpers/runs';

// Keys that repeat as yaml compares them (the same scalar value) and that do not (collections,
// aliases, NaN, values of other types), among lines with errors of their own.
const LINES = [
  'a: 1',
  'a: 2',
  '"a": 3',
  "'a': 4",
  '!!str a: 5',
  '&x a: 6',
  '*x : 7',
  '1: a',
  '1.0: b',
  '0x1: c',
  '"1": d',
  '~: e',
  'null: f',
  ': g',
  '.nan: h',
  '.NaN: i',
  'true: j',
  'True: k',
  '[a]: l',
  '{a: 1}: m',
  '? a',
  '? [a, a]',
  ': n',
  'k: {a: 1, a: 2}',
  'k: [a, {b: 1, b: 2}]',
  '{a, a}',
  '  a: 1',
  '  a: 2',
  '  - a: 1',
  '- a',
  '  b: 1',
  '# a comment',
  'a: b: c',
  '"a',
  'a: [',
  'a: }',
  'b: |',
  '  text',
  '---',
];

function text(r: Random): string {
  const n = 1 + Math.floor(r() * 12);
  return Array.from({ length: n }, () => LINES[Math.floor(r() * LINES.length)]!).join('\n');
}

const UNIQUE = 'Map keys must be unique';

function yamlsOwn(source: string) {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.map((e) => ({ message: e.message, pos: [e.pos[0], e.pos[1]] as [number, number] })).sort(byPlace);
}

describe("fromYaml's check of repeated keys", () => {
  it("reports yaml's errors, in the order of the text, on generated texts", () => {
    const r = random(20261207);
    const unique = { yaml: 0, samePlace: 0 };
    for (let i = 0; i < runs(40_000); i++) {
      const source = text(r);
      const own = yamlsOwn(source);
      const ours = fromYaml(source).errors;
      // Every other error is yaml's own, in the same place.
      expect(
        ours.filter((e) => e.message !== UNIQUE),
        source,
      ).toEqual(own.filter((e) => e.message !== UNIQUE));
      // As many repeated keys. Each is reported at its key; yaml puts a few earlier, at tokens it skipped
      // before the key (`? [a, a]`, `  text`, then `1.0: b` after `1: a`: yaml points at `text`).
      const oursAt = ours.filter((e) => e.message === UNIQUE).map((e) => e.pos[0]);
      const ownAt = own.filter((e) => e.message === UNIQUE).map((e) => e.pos[0]);
      expect(oursAt.length, source).toBe(ownAt.length);
      unique.yaml += ownAt.length;
      unique.samePlace += ownAt.filter((at) => oursAt.includes(at)).length;
    }
    // The texts do reach the check (a test that cannot fail is no test), and nearly every place is yaml's.
    expect(unique.yaml).toBeGreaterThan(runs(40_000) / 5);
    expect(unique.samePlace / unique.yaml).toBeGreaterThan(0.95);
  });

  it('finds a key repeated after thousands of others, where yaml said it would', () => {
    const source = `${Array.from({ length: 5_000 }, (_, i) => `[k${i}]: v`).join('\n')}\nclient: A\nclient: B\n`;
    const errors = fromYaml(source).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Map keys must be unique/);
    expect(source.slice(errors[0]!.pos[0])).toMatch(/^client: B/);
  });
});
