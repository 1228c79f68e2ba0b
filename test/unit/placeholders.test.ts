// The placeholder registry: each text is found by the `placeholder` rule
// wherever a generator may write it, and each is safe as a YAML value.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/lint/lint';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { PLACEHOLDERS, isPlaceholder } from '../../server/src/base/placeholders';
import { testLibrary } from '../helpers/library';

const FM = '---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\n';
const BODY =
  '## Problem: Grief\n\n### Goal: Live with the loss\n\n#### Steps\n\n- [ ] Walk daily\n\n#### Methods\n\n- Grief counseling\n';
const found = (text: string) =>
  lint(parsePlan(text), { today: '2026-11-28', library: testLibrary() }).filter((d) => d.rule === 'placeholder');

describe('the placeholder registry', () => {
  for (const p of PLACEHOLDERS) {
    it(`${p} reads back as itself in YAML, and is found in the frontmatter and the body`, () => {
      expect(parse(`key: ${p}`)).toEqual({ key: p });
      expect(isPlaceholder(` ${p} `)).toBe(true);
      expect(found(`${FM}services:\n  - modality: ${p}\n---\n\n${BODY}`)).toHaveLength(1);
      expect(found(`${FM}---\n\n${BODY}\nNext: ${p}.\n`)).toHaveLength(1);
      // In a comment it is a private note, not a finding.
      expect(found(`${FM}---\n\n${BODY}\n<!-- ${p} -->\n`)).toHaveLength(0);
    });
  }
});
