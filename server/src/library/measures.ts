// Standard instruments that steps name as measures: their published score
// ranges, severity bands and which way scores move as the client improves.
// A named measure makes a step measurable (step-measurable); a target outside
// the range or pointing the wrong way is flagged (step-measure-range).

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface Measure {
  id: string;
  name: string;
  /** How the measure is written in plans, matched as whole words, case-insensitively. */
  aliases: string[];
  min: number;
  max: number;
  /** Which way a score moves as the client improves. */
  improvement: 'lower' | 'higher';
  bands: Band[];
  /** One line a clinician reads in a hover. */
  note?: string;
}

const b = (min: number, max: number, label: string): Band => ({ min, max, label });

export const MEASURES: readonly Measure[] = [
  {
    id: 'phq-9',
    name: 'Patient Health Questionnaire-9',
    aliases: ['PHQ-9', 'PHQ9'],
    min: 0,
    max: 27,
    improvement: 'lower',
    bands: [
      b(0, 4, 'minimal'),
      b(5, 9, 'mild'),
      b(10, 14, 'moderate'),
      b(15, 19, 'moderately severe'),
      b(20, 27, 'severe'),
    ],
    note: 'Item 9 asks about thoughts of death or self-harm: any positive answer calls for a risk assessment.',
  },
  {
    id: 'phq-a',
    name: 'PHQ-9 modified for adolescents',
    aliases: ['PHQ-A'],
    min: 0,
    max: 27,
    improvement: 'lower',
    bands: [
      b(0, 4, 'minimal'),
      b(5, 9, 'mild'),
      b(10, 14, 'moderate'),
      b(15, 19, 'moderately severe'),
      b(20, 27, 'severe'),
    ],
  },
  {
    id: 'gad-7',
    name: 'Generalized Anxiety Disorder-7',
    aliases: ['GAD-7', 'GAD7'],
    min: 0,
    max: 21,
    improvement: 'lower',
    bands: [b(0, 4, 'minimal'), b(5, 9, 'mild'), b(10, 14, 'moderate'), b(15, 21, 'severe')],
  },
  {
    id: 'pcl-5',
    name: 'PTSD Checklist for DSM-5',
    aliases: ['PCL-5', 'PCL5'],
    min: 0,
    max: 80,
    improvement: 'lower',
    bands: [
      b(0, 30, 'below the usual cut-point'),
      b(31, 80, 'at or above the usual cut-point for probable PTSD (31 to 33)'),
    ],
    note: 'A change of 10 or more points is commonly read as clinically meaningful.',
  },
  {
    id: 'audit',
    name: 'Alcohol Use Disorders Identification Test',
    aliases: ['AUDIT'],
    min: 0,
    max: 40,
    improvement: 'lower',
    bands: [
      b(0, 7, 'low risk (zone I)'),
      b(8, 15, 'hazardous use (zone II)'),
      b(16, 19, 'harmful use (zone III)'),
      b(20, 40, 'possible dependence (zone IV)'),
    ],
  },
  {
    id: 'audit-c',
    name: 'AUDIT-Consumption',
    aliases: ['AUDIT-C'],
    min: 0,
    max: 12,
    improvement: 'lower',
    bands: [
      b(0, 2, 'below the usual screening cut-points'),
      b(3, 12, 'positive screen (3 or more for women, 4 or more for men)'),
    ],
  },
  {
    id: 'dast-10',
    name: 'Drug Abuse Screening Test-10',
    aliases: ['DAST-10', 'DAST'],
    min: 0,
    max: 10,
    improvement: 'lower',
    bands: [
      b(0, 0, 'no problems reported'),
      b(1, 2, 'low'),
      b(3, 5, 'moderate'),
      b(6, 8, 'substantial'),
      b(9, 10, 'severe'),
    ],
  },
  {
    id: 'epds',
    name: 'Edinburgh Postnatal Depression Scale',
    aliases: ['EPDS'],
    min: 0,
    max: 30,
    improvement: 'lower',
    bands: [b(0, 9, 'depression unlikely'), b(10, 12, 'possible depression'), b(13, 30, 'probable depression')],
    note: 'Item 10 asks about thoughts of self-harm: any positive answer calls for a risk assessment.',
  },
  {
    id: 'isi',
    name: 'Insomnia Severity Index',
    aliases: ['ISI'],
    min: 0,
    max: 28,
    improvement: 'lower',
    bands: [
      b(0, 7, 'no clinically significant insomnia'),
      b(8, 14, 'subthreshold insomnia'),
      b(15, 21, 'moderate clinical insomnia'),
      b(22, 28, 'severe clinical insomnia'),
    ],
  },
  {
    id: 'k10',
    name: 'Kessler Psychological Distress Scale',
    aliases: ['K10', 'K-10'],
    min: 10,
    max: 50,
    improvement: 'lower',
    bands: [b(10, 15, 'low'), b(16, 21, 'moderate'), b(22, 29, 'high'), b(30, 50, 'very high')],
  },
  {
    id: 'bdi-ii',
    name: 'Beck Depression Inventory-II',
    aliases: ['BDI-II', 'BDI'],
    min: 0,
    max: 63,
    improvement: 'lower',
    bands: [b(0, 13, 'minimal'), b(14, 19, 'mild'), b(20, 28, 'moderate'), b(29, 63, 'severe')],
  },
  {
    id: 'bai',
    name: 'Beck Anxiety Inventory',
    aliases: ['BAI'],
    min: 0,
    max: 63,
    improvement: 'lower',
    bands: [b(0, 7, 'minimal'), b(8, 15, 'mild'), b(16, 25, 'moderate'), b(26, 63, 'severe')],
  },
  {
    id: 'y-bocs',
    name: 'Yale-Brown Obsessive Compulsive Scale',
    aliases: ['Y-BOCS', 'YBOCS'],
    min: 0,
    max: 40,
    improvement: 'lower',
    bands: [b(0, 7, 'subclinical'), b(8, 15, 'mild'), b(16, 23, 'moderate'), b(24, 31, 'severe'), b(32, 40, 'extreme')],
  },
  {
    id: 'pss-10',
    name: 'Perceived Stress Scale-10',
    aliases: ['PSS-10', 'PSS'],
    min: 0,
    max: 40,
    improvement: 'lower',
    bands: [b(0, 13, 'low stress'), b(14, 26, 'moderate stress'), b(27, 40, 'high perceived stress')],
  },
  {
    id: 'pdss',
    name: 'Panic Disorder Severity Scale',
    aliases: ['PDSS'],
    min: 0,
    max: 28,
    improvement: 'lower',
    bands: [],
  },
  {
    id: 'spin',
    name: 'Social Phobia Inventory',
    aliases: ['SPIN'],
    min: 0,
    max: 68,
    improvement: 'lower',
    bands: [
      b(0, 18, 'below the usual cut-point'),
      b(19, 68, 'at or above the usual cut-point for social anxiety (19)'),
    ],
  },
  {
    id: 'ors',
    name: 'Outcome Rating Scale',
    aliases: ['ORS'],
    min: 0,
    max: 40,
    improvement: 'higher',
    bands: [b(0, 24, 'below the adult clinical cut-off (25)'), b(25, 40, 'at or above the adult clinical cut-off')],
  },
];

const byAlias = new Map<string, Measure>();
for (const m of MEASURES) for (const a of m.aliases) byAlias.set(a.toLowerCase().replace(/-/g, ''), m);
const MEASURE_PATTERN = new RegExp(
  `(?<![\\w-])(${MEASURES.flatMap((m) => m.aliases)
    .sort((a, c) => c.length - a.length)
    .map((a) => a.replace(/-/g, '[-‑ ]?'))
    .join('|')})(?![\\w-])`,
  'gi',
);

/** The measures a text names, in order, each with where its name stands. */
export function findMeasures(text: string): Array<{ measure: Measure; index: number; length: number }> {
  const out: Array<{ measure: Measure; index: number; length: number }> = [];
  for (const m of text.matchAll(MEASURE_PATTERN)) {
    const measure = byAlias.get(m[1]!.toLowerCase().replace(/[-‑ ]/g, ''));
    if (measure) out.push({ measure, index: m.index, length: m[0].length });
  }
  return out;
}

export function measureById(id: string): Measure | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** The band a score falls in, e.g. "moderate". */
export function bandOf(measure: Measure, score: number): Band | undefined {
  return measure.bands.find((band) => score >= band.min && score <= band.max);
}
