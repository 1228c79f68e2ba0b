// What the extension's manifest tells VS Code and the user, held to what the
// code does: the untrusted-workspace description names only settings that
// exist and says what is not read (the server's side is in
// test/service/protocol.test.ts, "an untrusted workspace").
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/library';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const settings = Object.keys(pkg.contributes.configuration.properties);

describe('the untrusted-workspace capability', () => {
  const untrusted = pkg.capabilities.untrustedWorkspaces;

  it('names only settings the extension contributes', () => {
    const named = [...untrusted.description.matchAll(/\btreatmentPlan\.\w+/g)].map((m: RegExpMatchArray) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    for (const name of [...named, ...untrusted.restrictedConfigurations]) expect(settings).toContain(name);
  });

  it('says what is not read: the config file paths and the module setting', () => {
    expect(untrusted.supported).toBe('limited');
    expect(untrusted.description).toMatch(/\.planrc\.yaml/);
    expect(untrusted.description).toMatch(/`?modules:?`?/);
    expect(untrusted.description).toMatch(/`?icd10cm:?`?/);
    expect(untrusted.description).toMatch(/built-in library/);
    expect(untrusted.restrictedConfigurations).toEqual(['treatmentPlan.modules']);
  });
});
