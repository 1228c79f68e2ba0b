// The preview's timeline: today's date written once, never cut off at an edge
// of the drawing, wherever today falls among the plan's dates.
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { timeline } from '../../server/src/render/timeline';

const PLAN =
  '---\nclient: J.D.\ncreated: 2026-11-02\nreview: 2027-02-01\n---\n\n## Problem: Sleep\n\n### Goal: Rest\n\n#### Steps\n\n- [ ] Sleep 7 hours 5 nights a week, by 2026-12-15\n- [ ] Keep a sleep diary for 2 weeks, by 2027-01-10\n';

/** The drawing's texts: what each says, where it stands and how it is anchored. */
function texts(today: string): Array<{ text: string; x: number; anchor: string }> {
  const svg = toHtml(timeline(parsePlan(PLAN), today) as never);
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    text: m[2]!,
    x: Number(/x="([\d.]+)"/.exec(m[1]!)![1]),
    anchor: /text-anchor="(\w+)"/.exec(m[1]!)?.[1] ?? 'start',
  }));
}

/** How far a text reaches, left and right, in the 800-unit drawing (11px characters of about 6.2 units). */
function extent(t: { text: string; x: number; anchor: string }): [number, number] {
  const width = t.text.length * 6.2;
  const left = t.anchor === 'middle' ? t.x - width / 2 : t.anchor === 'end' ? t.x - width : t.x;
  return [left, left + width];
}

describe('the timeline', () => {
  for (const [where, today] of <Array<[string, string]>>[
    ['before every date', '2026-11-28'],
    ['between the dates', '2026-12-31'],
    ['after every date', '2027-03-01'],
    ['on the first date', '2026-12-15'],
    ['on the review date', '2027-02-01'],
  ])
    it(`writes today once, inside the drawing, when today is ${where}`, () => {
      const all = texts(today);
      expect(all.filter((t) => t.text.includes(today)).map((t) => t.text)).toEqual([`today ${today}`]);
      for (const t of all) {
        const [left, right] = extent(t);
        expect(left, t.text).toBeGreaterThanOrEqual(0);
        expect(right, t.text).toBeLessThanOrEqual(800);
      }
    });
});
