// The timeline of a rendered plan: an inline SVG (no script, nothing remote)
// of the steps' target dates and the review date, with today marked.

import { h, s } from 'hastscript';
import type { Element } from 'hast';
import { dayNumber, isIsoDate, withoutTrailingTarget } from '../plan/dates';
import type { Plan } from '../plan/model';

/** An inline SVG timeline of the steps' target dates and the review date, with today marked. */
export function timeline(plan: Plan, today: string): Element | '' {
  const points: Array<{ date: string; kind: 'met' | 'open' | 'overdue' | 'review'; label: string }> = [];
  for (const p of plan.problems)
    for (const g of p.goals)
      for (const x of g.steps?.items ?? []) {
        if (!x.target || !isIsoDate(x.target.value)) continue;
        const overdue = !x.met && dayNumber(x.target.value) < dayNumber(today);
        points.push({
          date: x.target.value,
          kind: x.met ? 'met' : overdue ? 'overdue' : 'open',
          label: withoutTrailingTarget(x.text),
        });
      }
  if (plan.meta.review) points.push({ date: plan.meta.review.value, kind: 'review', label: 'Plan review' });
  if (points.length === 0) return '';
  const days = [...points.map((p) => dayNumber(p.date)), dayNumber(today)];
  const min = Math.min(...days);
  const max = Math.max(...days, min + 1);
  const width = 800;
  const x = (d: number) => 20 + ((d - min) / (max - min)) * (width - 40);
  const marks = points
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((p) =>
      s(
        'circle',
        { cx: x(dayNumber(p.date)).toFixed(1), cy: '30', r: p.kind === 'review' ? '7' : '5', class: `mark ${p.kind}` },
        [s('title', `${p.date}: ${p.label} (${p.kind})`)],
      ),
    );
  const now = dayNumber(today);
  const t = x(now);
  // "today YYYY-MM-DD" at 11px is about 100 units wide: near an edge it runs inward, not off the drawing.
  const anchor = t < 70 ? 'start' : t > width - 70 ? 'end' : 'middle';
  const dateLabel = (day: number, at: number, end: boolean) =>
    // Today's date is written once, by the dashed line.
    day === now
      ? []
      : [
          s(
            'text',
            { x: String(at), y: '12', ...(end ? { 'text-anchor': 'end' } : {}), class: 'date-label' },
            new Date(day * 86_400_000).toISOString().slice(0, 10),
          ),
        ];
  return h('figure', { className: ['timeline'] }, [
    s(
      'svg',
      {
        viewBox: `0 0 ${width} 60`,
        width: '100%',
        role: 'img',
        'aria-label': 'Timeline of target dates and the review date',
      },
      [
        s('line', { x1: '20', y1: '30', x2: String(width - 20), y2: '30', class: 'axis' }),
        s('line', { x1: t.toFixed(1), y1: '10', x2: t.toFixed(1), y2: '50', class: 'today' }),
        s('text', { x: t.toFixed(1), y: '58', 'text-anchor': anchor, class: 'today-label' }, `today ${today}`),
        ...dateLabel(min, 20, false),
        ...dateLabel(max, width - 20, true),
        ...marks,
      ],
    ),
    h('figcaption', [
      'Target dates: ',
      h('span', { className: ['key', 'open'] }, '●'),
      ' open, ',
      h('span', { className: ['key', 'met'] }, '●'),
      ' met, ',
      h('span', { className: ['key', 'overdue'] }, '●'),
      ' overdue; ',
      h('span', { className: ['key', 'review'] }, '●'),
      ' next review. The dashed line is today.',
    ]),
  ]);
}
