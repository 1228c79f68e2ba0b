// Standard instruments that steps name as measures. A named measure makes a
// step measurable (step-measurable). Ranges are the published total-score
// ranges of each instrument.

export interface Measure {
  id: string;
  name: string;
  /** How the measure is written in plans, matched as whole words, case-insensitively. */
  aliases: string[];
  min?: number;
  max?: number;
  /** Which way a score moves as the client improves. */
  improvement?: 'lower' | 'higher';
}

export const MEASURES: readonly Measure[] = [
  { id: 'phq-9', name: 'Patient Health Questionnaire-9', aliases: ['PHQ-9', 'PHQ9'], min: 0, max: 27, improvement: 'lower' },
  { id: 'phq-a', name: 'PHQ-9 modified for adolescents', aliases: ['PHQ-A'], min: 0, max: 27, improvement: 'lower' },
  { id: 'gad-7', name: 'Generalized Anxiety Disorder-7', aliases: ['GAD-7', 'GAD7'], min: 0, max: 21, improvement: 'lower' },
  { id: 'pcl-5', name: 'PTSD Checklist for DSM-5', aliases: ['PCL-5', 'PCL5'], min: 0, max: 80, improvement: 'lower' },
  { id: 'audit', name: 'Alcohol Use Disorders Identification Test', aliases: ['AUDIT'], min: 0, max: 40, improvement: 'lower' },
  { id: 'audit-c', name: 'AUDIT-Consumption', aliases: ['AUDIT-C'], min: 0, max: 12, improvement: 'lower' },
  { id: 'dast-10', name: 'Drug Abuse Screening Test-10', aliases: ['DAST-10', 'DAST'], min: 0, max: 10, improvement: 'lower' },
  { id: 'epds', name: 'Edinburgh Postnatal Depression Scale', aliases: ['EPDS'], min: 0, max: 30, improvement: 'lower' },
  { id: 'isi', name: 'Insomnia Severity Index', aliases: ['ISI'], min: 0, max: 28, improvement: 'lower' },
  { id: 'k10', name: 'Kessler Psychological Distress Scale', aliases: ['K10', 'K-10'], min: 10, max: 50, improvement: 'lower' },
];

const byAlias = new Map<string, Measure>();
for (const m of MEASURES) for (const a of m.aliases) byAlias.set(a.toLowerCase(), m);
const MEASURE_PATTERN = new RegExp(
  `(?<![\\w-])(${[...byAlias.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[-]/g, '[-‑ ]?')).join('|')})(?![\\w-])`,
  'gi',
);

/** The measures a text names, in order, each with where its name stands. */
export function findMeasures(text: string): Array<{ measure: Measure; index: number; length: number }> {
  const out: Array<{ measure: Measure; index: number; length: number }> = [];
  for (const m of text.matchAll(MEASURE_PATTERN)) {
    const key = m[1]!.toLowerCase().replace(/[‑ ]/g, '-');
    const measure = byAlias.get(key) ?? byAlias.get(key.replace(/-/g, ''));
    if (measure) out.push({ measure, index: m.index, length: m[0].length });
  }
  return out;
}
