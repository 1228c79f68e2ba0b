// The chart of a plan's scores: one inline SVG per instrument (no script,
// nothing remote), its scores over time with each value written beside its
// point, the instrument's bands shaded in greys and named at the right, and
// each step's target as a dashed line named at the left. Everything that
// colour says is also said in words, so it reads in print and without colour.

import { h, s } from 'hastscript';
import type { Element } from 'hast';
import { dayNumber } from '../plan/dates';
import type { Plan } from '../plan/model';
import { changeText, outcomeWords, progressOf } from '../measures/progress';
import { seriesOf, type Series } from '../measures/scores';
import { stepTargets, type StepTarget } from '../measures/targets';
import { goals } from '../text/plan-text';

const W = 640;
const H = 220;
const LEFT = 40;
const RIGHT = 165;
const TOP = 14;
const BOTTOM = 34;
const fmt = (n: number) => n.toFixed(1);

/** The targets the plan's steps set on an instrument, each once. */
function targetsOn(plan: Plan, id: string): StepTarget[] {
  const out: StepTarget[] = [];
  for (const { goal } of goals(plan))
    for (const step of goal.steps?.items ?? [])
      for (const t of stepTargets(step.text))
        if (t.target.measure.id === id && !out.some((o) => o.phrase === t.phrase)) out.push(t);
  return out;
}

/** A key of what the charts draw from outside the Measures section: the steps' targets. */
export function chartKey(plan: Plan, today: string): string {
  const parts = [today];
  for (const { goal } of goals(plan))
    for (const step of goal.steps?.items ?? []) for (const t of stepTargets(step.text)) parts.push(t.phrase);
  return parts.join('\u0000');
}

function chart(plan: Plan, series: Series): Element {
  const m = series.measure;
  const scores = series.scores;
  const first = dayNumber(scores[0]!.date);
  const last = dayNumber(scores[scores.length - 1]!.date);
  const span = Math.max(last - first, 1);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (day: number) => LEFT + (scores.length === 1 ? plotW / 2 : ((day - first) / span) * plotW);
  const y = (v: number) => TOP + (1 - (v - m.min) / Math.max(m.max - m.min, 1)) * plotH;
  const name = m.aliases[0]!;

  const bands = m.bands.map((b, i) => {
    const top = y(Math.min(m.max, b.max + 0.5));
    const bottom = y(Math.max(m.min, b.min - 0.5));
    return s('g', { class: `band b${i % 2}` }, [
      s('rect', { x: String(LEFT), y: fmt(top), width: String(plotW), height: fmt(bottom - top) }),
      s(
        'text',
        { x: String(LEFT + plotW + 6), y: fmt((top + bottom) / 2 + 4), class: 'band-label' },
        `${b.min}–${b.max} ${b.label}`.slice(0, 30),
      ),
    ]);
  });
  const ticks = [m.min, ...m.bands.map((b) => b.min).filter((v) => v > m.min), m.max].filter(
    (v, i, all) => all.indexOf(v) === i,
  );
  const targets = targetsOn(plan, m.id).map((t) =>
    s('g', { class: 'target' }, [
      s('line', { x1: String(LEFT), x2: String(LEFT + plotW), y1: fmt(y(t.target.value)), y2: fmt(y(t.target.value)) }),
      s('text', { x: String(LEFT + 4), y: fmt(y(t.target.value) - 4), class: 'target-label' }, `target: ${t.phrase}`),
    ]),
  );
  const points = scores.map((p) => ({ cx: x(dayNumber(p.date)), cy: y(p.value), p }));
  const path = points.map((p) => `${fmt(p.cx)},${fmt(p.cy)}`).join(' ');
  const dates = scores.length <= 8 ? scores : [scores[0]!, scores[scores.length - 1]!];
  return s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      width: '100%',
      role: 'img',
      'aria-label': `${name} scores over time: ${scores.map((p) => `${p.value} on ${p.date}`).join(', ')}`,
    },
    [
      s('title', `${name} scores over time`),
      ...bands,
      s('rect', { x: String(LEFT), y: String(TOP), width: String(plotW), height: String(plotH), class: 'frame' }),
      ...ticks.map((v) =>
        s('text', { x: String(LEFT - 6), y: fmt(y(v) + 4), 'text-anchor': 'end', class: 'tick' }, String(v)),
      ),
      ...targets,
      s('polyline', { points: path, class: 'scores' }),
      ...points.map(({ cx, cy, p }) =>
        s('g', { class: 'score' }, [
          s('circle', { cx: fmt(cx), cy: fmt(cy), r: '4' }, [s('title', `${name} ${p.value} on ${p.date}`)]),
          s('text', { x: fmt(cx), y: fmt(cy - 8), 'text-anchor': 'middle', class: 'value' }, String(p.value)),
        ]),
      ),
      ...dates.map((p) =>
        s(
          'text',
          { x: fmt(x(dayNumber(p.date))), y: String(H - BOTTOM + 16), 'text-anchor': 'middle', class: 'tick date' },
          p.date.slice(5),
        ),
      ),
      s(
        'text',
        { x: String(LEFT), y: String(H - 4), class: 'tick' },
        `${scores[0]!.date.slice(0, 4)}; ${m.improvement} is better`,
      ),
    ],
  );
}

function caption(series: Series, today: string): Element {
  const m = series.measure;
  const name = m.aliases[0]!;
  if (series.scores.length === 1) {
    const only = series.scores[0]!;
    return h('figcaption', `${name}: ${only.value} on ${only.date}, the first score.`);
  }
  const p = progressOf(series, today);
  const words = outcomeWords(p);
  const o = p.outcomes;
  const sources = [o.response?.source, o.remission?.source, o.reliable?.source].filter(
    (x, i, all): x is string => x !== undefined && all.indexOf(x) === i,
  );
  return h('figcaption', [
    h('strong', name),
    `: ${p.baseline.value} on ${p.baseline.date} to ${p.latest.value} on ${p.latest.date}, ${changeText(p)}`,
    words.length ? `; ${words.join(', ')}.` : '.',
    sources.length ? h('span', { className: ['sources'] }, ` Definitions: ${sources.join('; ')}.`) : '',
  ]);
}

/** The charts of the plan's instruments with scores, one figure each; empty when the plan has none. */
export function measuresCharts(plan: Plan, today: string): Element[] {
  return seriesOf(plan, today).map((series) =>
    h('figure', { className: ['measures-chart'] }, [chart(plan, series), caption(series, today)]),
  );
}
