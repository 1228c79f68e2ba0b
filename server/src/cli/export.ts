// `tplan export --format ID [-o DIR|FILE] [--allow-errors] FILES...`: a checked
// plan in one of the formats of the export registry (export/registry.ts).

import * as path from 'node:path';
import { EXPORTERS, exporterOf } from '../export/registry';
import { blockingSummary, errorCount } from '../lint/readiness';
import type { CliContext } from './context';
import { CliError } from './errors';
import { makeFolder, writeNamedOutput } from './write';
import { checkFile } from './checked';
import { collectPlans } from './files';
import { nodeHost } from '../node/nodeHost';

/** "html, fhir or json": the registry's ids, in words. */
const FORMAT_NAMES = EXPORTERS.map((e) => e.id)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/** The last part of each format's file names: `html`, `json`. */
const ENDINGS = new Set(EXPORTERS.map((e) => ending(e.extension)));

function ending(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/**
 * Whether `-o` (as written) names the file for one plan: a name that ends as
 * the format's files do, with no `/` after it and no folder of that name
 * already there. One that ends as another format's files do is a slip
 * (`--format html -o jd.json`), refused before anything is written.
 */
function namesFile(written: string, abs: string, extension: string, format: string): boolean {
  if (/[\\/]$/.test(written) || nodeHost.kind(abs) === 'directory' || !written.includes('.')) return false;
  const end = ending(written);
  if (end === ending(extension)) return true;
  if (ENDINGS.has(end))
    throw new CliError(
      `-o '${written}' ends in .${end}, but --format ${format} writes .${extension} files: name such a file, or a folder`,
    );
  return false;
}

export interface ExportValues {
  format?: string;
  today?: string;
  output?: string;
  config?: string;
  'allow-errors'?: boolean;
}

/**
 * Exports plans, after checking them: a plan with errors is not exported
 * (exit 1, nothing written) unless `--allow-errors`, and then its HTML says
 * "Not ready to share" at the top and the exit code is still 1. Every plan is
 * checked before any file is written, so a refused run writes nothing.
 */
export function exportCommand(given: readonly string[], values: ExportValues, ctx: CliContext): number {
  const io = ctx.io;
  const format = values.format;
  const exporter = exporterOf(format);
  if (!exporter) throw new CliError(`export needs --format ${FORMAT_NAMES}${format ? `, not '${format}'` : ''}`);
  if (given.length === 0) throw new CliError('export needs at least one plan file or folder');
  // Folders and globs name plans as for lint; a file named outright is exported as it is.
  const files = given.flatMap((input) =>
    nodeHost.kind(path.resolve(io.cwd, input)) === 'directory' || /[*?[\]{}]/.test(input)
      ? collectPlans([input], io.cwd, {
          errorOnUnmatched: true,
          onInvalidName: (folder) =>
            io.stderr(
              `tplan: skipped a file in '${folder || '.'}' whose name is not valid UTF-8 (rename it to export it)`,
            ),
        }).map((p) => p.display)
      : [input],
  );
  const output = values.output ? path.resolve(io.cwd, values.output) : undefined;
  // `-o jd.html` is the file for one plan (as `-o` is for audit and report); any other name is a folder.
  const outFile = output && namesFile(values.output!, output, exporter.extension, exporter.id) ? output : undefined;
  if (files.length > 1 && (!output || outFile))
    throw new CliError(
      `to export several plans, name a folder with -o DIR${outFile ? `, not the file '${values.output}'` : ''}`,
    );
  const today = ctx.today(values.today);
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  const outDir = outFile ? undefined : output;

  const checked = files.map((file) => checkFile(file, explicit, today, ctx, 'export'));
  let refused = 0;
  for (const c of checked) {
    const { readiness } = c;
    const why = `(${blockingSummary(readiness)})`;
    if (readiness.errors > 0) {
      const state = `'${c.file}' is not ready to share, with ${errorCount(readiness.errors)} ${why}`;
      if (values['allow-errors'])
        io.stderr(`tplan: ${state}; exported anyway${exporter.marksNotReady ? ', marked as not ready to share' : ''}`);
      else {
        io.stderr(`tplan: not exported: ${state}. Run tplan lint to see them, or export anyway with --allow-errors.`);
        refused++;
      }
    } else if (!readiness.ready) {
      io.stderr(`tplan: '${c.file}' is not ready to share ${why}`);
    }
    const warnings = c.diagnostics.filter((d) => d.severity === 'warning');
    if (warnings.length > 0) {
      const rules = [...new Set(warnings.map((d) => d.rule))].join(', ');
      io.stderr(`tplan: '${c.file}': ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (${rules})`);
    }
  }
  // The last line says the outcome: nothing written, and why.
  if (refused > 0) {
    io.stderr(`tplan: Nothing written: ${refused === 1 ? '1 plan has' : `${refused} plans have`} errors.`);
    return 1;
  }

  // Two plans of the same name in different folders would overwrite each other's export.
  const target = (c: (typeof checked)[number]) =>
    path.join(outDir ?? '', `${path.basename(c.abs).replace(/(\.plan)?\.(md|markdown)$/i, '')}.${exporter.extension}`);
  if (outDir) {
    const seen = new Map<string, string>();
    for (const c of checked) {
      const other = seen.get(target(c));
      if (other)
        throw new CliError(
          `'${other}' and '${c.file}' would both be written to '${ctx.rel(target(c))}': export them to different folders`,
        );
      seen.set(target(c), c.file);
    }
  }
  if (outDir) makeFolder(outDir, values.output!);
  for (const c of checked) {
    const out = exporter.render(c.plan, { today, library: c.library, readiness: c.readiness });
    if (outFile) {
      writeNamedOutput(outFile, out, values.output!);
      io.stderr(`tplan: wrote ${ctx.rel(outFile)}`);
    } else if (outDir) {
      writeNamedOutput(target(c), out, ctx.rel(target(c)));
      io.stderr(`tplan: wrote ${ctx.rel(target(c))}`);
    } else {
      io.stdout(out.replace(/\n$/, ''));
    }
  }
  return checked.some((c) => c.readiness.errors > 0) ? 1 : 0;
}
