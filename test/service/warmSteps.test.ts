// The steps the language server takes before the editor's first plan
// (service/warm.ts) are short, since a step under way keeps the editor's
// messages waiting: they build the risk reader's screen, which every check
// uses, but leave its context patterns, which only a plan that mentions risk
// needs, to that plan's check.
import { describe, expect, it, vi } from 'vitest';
import { warmSteps } from '../../server/src/service/warm';
import { serviceHarness } from '../helpers/service';

/** The texts the risk reader was given. */
const riskRead = vi.hoisted(() => [] as string[]);
vi.mock('../../server/src/text/risk/reader', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../server/src/text/risk/reader')>();
  return {
    ...actual,
    readRisk: (text: string, options?: Parameters<typeof actual.readRisk>[1]) => {
      riskRead.push(text);
      return actual.readRisk(text, options);
    },
  };
});

describe('the steps before the first plan', () => {
  it('give the risk reader text to screen, and none that mentions risk', () => {
    const h = serviceHarness({});
    for (const step of warmSteps(h.service)) step();
    expect(riskRead.length).toBeGreaterThan(0);
    expect(riskRead.filter((t) => /suicid|self-harm|overdose|means/i.test(t))).toEqual([]);
  });
});
