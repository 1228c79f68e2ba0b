import { describe, expect, it } from 'vitest';
import { plainText } from '../../server/src/base/plain';
import { formatMessage } from '../../server/src/rules/types';
import { RULES } from '../../server/src/rules/index';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { parseConfig } from '../../server/src/config/config';
import { readModule } from '../../server/src/library/load';

describe('messages as plain text', () => {
  it('quote code spans and leave other text alone', () => {
    expect(plainText('Add a `#### Methods` section')).toBe("Add a '#### Methods' section");
    expect(plainText("Goal 'Calm' has no steps")).toBe("Goal 'Calm' has no steps");
    // A lone backtick is not a code span.
    expect(plainText('a ` b')).toBe('a ` b');
  });

  it('fill in the data as it is: a backtick the plan wrote is kept', () => {
    expect(formatMessage('Goal `{{name}}` has no methods', { name: 'Use `breathing`' })).toBe(
      "Goal 'Use `breathing`' has no methods",
    );
  });

  it('hold for every message of every rule', () => {
    for (const rule of RULES)
      for (const [id, template] of Object.entries(rule.messages))
        expect(formatMessage(template, {}), `${rule.id}/${id}`).not.toMatch(/`[^`\n]*`/);
  });

  it('hold for findings and fix titles on a plan with mistakes', () => {
    const text = [
      '---',
      'type: treatment-plan',
      'client: J.D.',
      'clincian: Dr. A',
      'created: 2026-01-05',
      'status: active',
      '---',
      '# Treatment Plan',
      '## Problem: Depression',
      '### Goal: Feel better',
      '#### Steps',
      '- Sleep more',
      '',
    ].join('\n');
    const found = lint(parsePlan(text), { today: '2026-02-01' });
    expect(found.length).toBeGreaterThan(3);
    expect(found.some((d) => d.fix)).toBe(true);
    for (const d of found) {
      expect(d.message).not.toContain('`');
      if (d.fix) expect(d.fix.title).not.toContain('`');
    }
    expect(found.map((d) => d.fix?.title)).toContain("Rename to 'clinician'");
  });

  it('hold for config and module errors', () => {
    const config = parseConfig(
      'rules:\n  phi: loud\n',
      '/w/.planrc.yaml',
      RULES.map((r) => r.id),
    );
    expect(config.errors.map((e) => e.message)).toEqual([
      "'phi' should be one of error, warning, information, hint, off, not 'loud'",
    ]);
    expect(readModule('name: X\n', 'm.yaml').errors[0]!.message).toBe("the module has no 'id' (required)");
  });
});
