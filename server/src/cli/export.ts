// `tplan export --format html|fhir|json [-o DIR] FILES...`: printable HTML,
// a FHIR R4 Bundle, or the plan as JSON.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { toFhir } from '../export/fhir';
import { toJson } from '../export/json';
import { READ_LIMITS, describeReadFailure } from '../host/host';
import { nodeHost } from '../node/nodeHost';
import { MAX_PLAN_LENGTH, parsePlan } from '../plan/parsePlan';
import { renderHtml } from '../render/html';
import { CliError, type CliContext } from './context';
import { writeOutput } from './write';

const EXPORT_EXT: Record<string, string> = { html: 'html', fhir: 'fhir.json', json: 'json' };

export function exportCommand(
  files: readonly string[],
  values: { format?: string; today?: string; output?: string; config?: string },
  ctx: CliContext,
): number {
  const io = ctx.io;
  const format = values.format;
  const ext = format ? EXPORT_EXT[format] : undefined;
  if (!format || !ext)
    throw new CliError(`export needs --format html, fhir or json${format ? `, not '${format}'` : ''}`);
  if (files.length === 0) throw new CliError('export needs at least one plan file');
  if (files.length > 1 && !values.output) throw new CliError('to export several plans, name a folder with -o DIR');
  const today = ctx.today(values.today);
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  const outDir = values.output ? path.resolve(io.cwd, values.output) : undefined;
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const abs = path.resolve(io.cwd, file);
    const read = nodeHost.readText(abs, READ_LIMITS.plan);
    if (!('text' in read)) {
      const why =
        read.failure === 'missing' || read.failure === 'unreadable'
          ? ''
          : `: ${describeReadFailure(read.failure, READ_LIMITS.plan)}`;
      throw new CliError(`cannot read '${file}'${why}`);
    }
    const library = ctx.library(ctx.config(path.dirname(abs), explicit));
    const plan = parsePlan(read.text);
    // An empty plan is not an export of this one.
    if (read.text.length > MAX_PLAN_LENGTH) {
      const size = (read.text.length / 1_000_000).toFixed(1);
      throw new CliError(
        `cannot export '${file}': it has ${size} million characters, more than a plan can hold (2 million)`,
      );
    }
    const out =
      format === 'html'
        ? renderHtml(plan, { mode: 'export', today, library })
        : `${JSON.stringify(format === 'fhir' ? toFhir(plan, library) : toJson(plan), null, 2)}\n`;
    if (outDir) {
      const target = path.join(outDir, `${path.basename(abs).replace(/(\.plan)?\.(md|markdown)$/i, '')}.${ext}`);
      writeOutput(target, out);
      io.stderr(`tplan: wrote ${ctx.rel(target)}`);
    } else {
      io.stdout(out.replace(/\n$/, ''));
    }
  }
  return 0;
}
