// `tplan report [PATHS…] [--format stylish|json|csv|html] [--today D]
// [--within DAYS] [-o FILE]`: one row per plan of a caseload, most urgent
// first (features/caseload.ts). Exit 0; 2 when it cannot run.

import * as path from 'node:path';
import { compareNotImproving, compareRows, needsActionWithin, type CaseloadRow } from '../features/caseload';
import { caseloadHtml, relativeDays } from '../render/caseload';
import type { CliContext } from './context';
import { CliError } from './errors';
import { collectPlans } from './files';
import { checkAll } from './pool';
import { timeLimit } from './limit';
import { visible } from './terminal';
import { writeNamedOutput } from './write';

export interface CaseloadValues {
  format?: string;
  today?: string;
  config?: string;
  within?: string;
  sort?: string;
  output?: string;
  'error-on-unmatched-pattern'?: boolean;
  'time-limit'?: string;
}

export function reportCommand(paths: readonly string[], values: CaseloadValues, ctx: CliContext): number {
  const { io } = ctx;
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'csv', 'html'].includes(format))
    throw new CliError(`--format must be stylish, json, csv or html, not '${format}'`);
  const today = ctx.today(values.today);
  let within: number | undefined;
  if (values.within !== undefined) {
    if (!/^\d{1,4}$/.test(values.within))
      throw new CliError(`--within must be a whole number of days, not '${values.within}'`);
    within = Number(values.within);
  }
  const sort = values.sort ?? 'urgency';
  if (!['urgency', 'not-improving'].includes(sort))
    throw new CliError(`--sort must be urgency or not-improving, not '${sort}'`);
  const seconds = timeLimit(values['time-limit']);
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  if (explicit) ctx.config(io.cwd, explicit);
  const plans = collectPlans(paths.length ? paths : ['.'], io.cwd, {
    errorOnUnmatched: values['error-on-unmatched-pattern'] !== false,
    onInvalidName: (folder) =>
      io.stderr(`tplan: skipped a file in '${folder || '.'}' whose name is not valid UTF-8 (rename it to check it)`),
  });
  const answers = checkAll('report', plans, today, explicit, seconds, ctx);
  // A plan that could not be read or checked has its row, with the finding that says so: the run is incomplete.
  const incomplete = answers.some((a) => a.incomplete);
  let rows: CaseloadRow[] = answers.map((a) => ('row' in a ? a.row : fail()));
  rows.sort(sort === 'not-improving' ? compareNotImproving : compareRows);
  if (within !== undefined) rows = rows.filter((r) => needsActionWithin(r, within));
  if (format === 'json') emit(JSON.stringify({ today, plans: rows }, null, 2));
  else if (format === 'csv') emit(toCsv(rows));
  else if (format === 'html') emit(caseloadHtml(rows, today, sort === 'not-improving'));
  else emit(toTable(rows, today, within, sort));
  return incomplete ? 2 : 0;

  function emit(text: string) {
    if (values.output)
      writeNamedOutput(path.resolve(io.cwd, values.output), text.endsWith('\n') ? text : `${text}\n`, values.output);
    else io.stdout(text.replace(/\n$/, ''));
  }
}

const CSV_COLUMNS = [
  'file',
  'client',
  'clinician',
  'status',
  'group',
  'review',
  'review_in_days',
  'steps_open',
  'steps_met',
  'steps_overdue',
  'next_step_date',
  'goals_met',
  'goals_total',
  'risk',
  'signed',
  'signature_stale',
  'errors',
  'warnings',
  'ready',
  'not_improving',
  'measures',
];

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly CaseloadRow[]): string {
  const lines = rows.map((r) =>
    [
      r.file,
      r.client,
      r.clinician,
      r.status,
      r.group,
      r.review,
      r.reviewInDays,
      r.steps.open,
      r.steps.met,
      r.steps.overdue,
      r.nextStep?.date,
      r.goals.met,
      r.goals.total,
      r.risk,
      r.signed,
      r.signatureStale,
      r.errors,
      r.warnings,
      r.ready,
      r.notImproving,
      r.measures.map((m) => m.text).join('; ') || undefined,
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

function toTable(rows: readonly CaseloadRow[], today: string, within: number | undefined, sort: string): string {
  const scope = within === undefined ? '' : `, needing action within ${within} days`;
  if (rows.length === 0) return `No plans${scope} (as of ${today}).`;
  const head = [
    'plan',
    'client',
    'status',
    'next review',
    'steps open/met/overdue',
    'goals met',
    'risk',
    'signed',
    'findings',
    'ready',
    'measures',
  ];
  const body = rows.map((r) => [
    r.file,
    r.client ?? '—',
    r.status ?? '—',
    r.review ? `${r.review}${r.reviewInDays !== undefined ? ` (${relativeDays(r.reviewInDays)})` : ''}` : '—',
    `${r.steps.open}/${r.steps.met}/${r.steps.overdue}`,
    `${r.goals.met} of ${r.goals.total}`,
    r.risk ?? '—',
    r.signed ? (r.signatureStale ? 'stale' : 'yes') : 'no',
    `${r.errors} err, ${r.warnings} warn`,
    r.ready ? 'yes' : 'no',
    r.measures.map((m) => m.text).join('; ') || '—',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => visible(b[i]!).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => visible(c).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `${rows.length} plan${rows.length === 1 ? '' : 's'} as of ${today}${scope}, ${sort === 'not-improving' ? 'those not improving first, then most urgent' : 'most urgent first'}:`,
    line(head),
    ...body.map(line),
  ].join('\n');
}

function fail(): never {
  throw new Error('a report check gave no row');
}
