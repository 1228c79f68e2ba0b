// Standard instruments that steps name as measures: their published score
// ranges, severity bands and which way scores move as the client improves,
// each with its source. A measure with a target makes a step measurable
// (step-measurable); a target outside the range or pointing the wrong way is
// flagged (step-measure-range).

import data from '../../data/measures.json';

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface Measure {
  id: string;
  name: string;
  /**
   * How the measure is written in plans, matched as whole words: in capitals
   * only when the alias is all capitals (SCARED, AUDIT, SPIN are words too),
   * in any case when it holds a digit or a hyphen (PHQ-9, phq9).
   */
  aliases: string[];
  min: number;
  max: number;
  /** Which way a score moves as the client improves. */
  improvement: 'lower' | 'higher';
  bands: Band[];
  /** Where the bands come from: published cut-offs, or a common reading of the scores. */
  bandsAre?: 'cut-offs' | 'conventions';
  /** False for an instrument read by its answers, not a total (C-SSRS, Vanderbilt): no range to check. */
  scored?: boolean;
  /** Authors, year, publication: where the range and bands come from. */
  source: string;
  /** One line a clinician reads in a hover. */
  note?: string;
}

/** The instruments, with their sources: server/data/measures.json (docs/modules.md lists them). */
export const MEASURES: readonly Measure[] = data as Measure[];

const byAlias = new Map<string, Measure>();
for (const m of MEASURES) for (const a of m.aliases) byAlias.set(a.toLowerCase().replace(/[-\u2011 ]/g, ''), m);
const pattern = (aliases: string[], flags: string) =>
  new RegExp(
    `(?<![\\w-])(${aliases
      .sort((a, c) => c.length - a.length)
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-| /g, '[-\u2011 ]?'))
      .join('|')})(?![\\w-])`,
    flags,
  );
const allAliases = MEASURES.flatMap((m) => m.aliases);
// Words in capitals are matched in capitals only: "scared", "audit" and "spin" are not instruments.
const CAPITALS = pattern(
  allAliases.filter((a) => /^[A-Z]+$/.test(a)),
  'g',
);
const ANY_CASE = pattern(
  allAliases.filter((a) => !/^[A-Z]+$/.test(a)),
  'gi',
);

/** The measures a text names, in order, each with where its name stands. */
export function findMeasures(text: string): Array<{ measure: Measure; index: number; length: number }> {
  const out: Array<{ measure: Measure; index: number; length: number }> = [];
  for (const re of [ANY_CASE, CAPITALS]) {
    for (const m of text.matchAll(re)) {
      const measure = byAlias.get(m[1]!.toLowerCase().replace(/[-\u2011 ]/g, ''));
      if (!measure || out.some((o) => m.index < o.index + o.length && o.index < m.index + m[0].length)) continue;
      out.push({ measure, index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export function measureById(id: string): Measure | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** The band a score falls in, e.g. "moderate". */
export function bandOf(measure: Measure, score: number): Band | undefined {
  return measure.bands.find((band) => score >= band.min && score <= band.max);
}
