// Every rule has fixtures under test/fixtures/rules/<rule-id>/: at least one
// that fails (with the exact diagnostics expected) and one that passes.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules';
import { describe, expectationLine, fixtureFiles, lintFixture, readFixture } from '../helpers/fixtures';
import { ROOT } from '../helpers/library';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');

for (const rule of RULES) {
  group(rule.id, () => {
    const dir = path.join(FIXTURES, rule.id);
    it('has failing and passing fixtures', () => {
      expect(existsSync(dir), `missing ${dir}`).toBe(true);
      const files = fixtureFiles(dir).map((f) => readFixture(f));
      expect(
        files.some((f) => f.expected.length > 0),
        'a failing fixture',
      ).toBe(true);
      expect(
        files.some((f) => f.expected.length === 0),
        'a passing fixture',
      ).toBe(true);
    });
    if (!existsSync(dir)) return;
    for (const file of fixtureFiles(dir)) {
      it(path.basename(file), () => {
        const fixture = readFixture(file);
        const got = lintFixture(fixture)
          .filter((d) => d.rule === rule.id)
          .map((d) => describe(d, fixture.text));
        expect(got).toEqual(fixture.expected.map(expectationLine));
      });
    }
  });
}
