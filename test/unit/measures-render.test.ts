// The preview and the HTML export chart each instrument's scores: inline
// SVG, no script, the bands shaded and named, each step's target a dashed
// line with its words, every value written beside its point, and response,
// remission and reliable change in the caption with their sources.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../server/src/plan/parsePlan';
import { renderBodyHtml, renderHtml } from '../../server/src/render/html';
import { ROOT, testLibrary } from '../helpers/library';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'measurement-based-depression.plan.md'), 'utf8');
const library = testLibrary();
const today = '2026-11-28';

describe('the chart of the scores', () => {
  it('draws each instrument in the export, without a script, readable without colour', () => {
    const html = renderHtml(parsePlan(EXAMPLE), { mode: 'export', today, library });
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<figure class="measures-chart">/g)).toHaveLength(2);
    const start = html.indexOf('<figure class="measures-chart">');
    const phq = html.slice(start, html.indexOf('</figure>', start));
    // Every score is written beside its point, every band is named, each target is in words.
    for (const v of [17, 15, 14, 12, 11, 9, 8]) expect(phq).toContain(`class="value">${v}</text>`);
    for (const band of ['0–4 minimal', '5–9 mild', '10–14 moderate', '15–19 moderately severe', '20–27 severe'])
      expect(phq).toContain(band);
    expect(phq).toContain('target: below 10 on the PHQ-9');
    expect(phq).toContain('target: below 5 on the PHQ-9');
    expect(phq).toContain(
      '17 on 2026-09-01 to 8 on 2026-11-24, \u22129 (17 \u2192 8); response, no remission yet, reliable improvement.',
    );
    expect(phq).toContain('CBE 1885');
    expect(phq).toContain('aria-label="PHQ-9 scores over time: 17 on 2026-09-01, 15 on 2026-09-15');
    // The table itself follows the charts.
    expect(html.lastIndexOf('</figure>')).toBeLessThan(html.indexOf('<table', html.indexOf('class="measures"')));
  });

  it('draws in the preview, and follows the steps when only they change', () => {
    const plan = parsePlan(EXAMPLE);
    const first = renderBodyHtml(plan, { mode: 'preview', today, library });
    expect(first).toContain('target: below 10 on the PHQ-9');
    const edited = parsePlan(EXAMPLE.replace('Score below 10 on the PHQ-9', 'Score below 7 on the PHQ-9'), {
      previous: plan,
    });
    const second = renderBodyHtml(edited, { mode: 'preview', today, library });
    expect(second).toContain('target: below 7 on the PHQ-9');
    expect(second).not.toContain('target: below 10 on the PHQ-9');
  });

  it('draws nothing without scores, and leaves scores after today out', () => {
    const none = EXAMPLE.replace(/\| 2026-[\s\S]*?\n\n## Strengths/, '\n## Strengths');
    expect(renderHtml(parsePlan(none), { mode: 'export', today, library })).not.toContain(
      '<figure class="measures-chart"',
    );
    const early = renderHtml(parsePlan(EXAMPLE), { mode: 'export', today: '2026-10-01', library });
    expect(early).toContain('17 on 2026-09-01 to 14 on 2026-09-29');
    expect(early).not.toContain('class="value">8</text>');
  });
});
