// `tplan audit FILES... [--format stylish|json|html] [-o FILE]`: the checklist
// of each plan's requirement sets, each requirement met or not with its
// source, and the findings that fail it. Exit 1 when a requirement is not met.

import * as path from 'node:path';
import { AUDIT_MARK, auditPlan } from '../features/audit';
import { auditHtml, type AuditedPlan } from '../render/audit';
import { checkFile } from './checked';
import type { CliContext } from './context';
import { CliError } from './errors';
import { visible } from './terminal';
import { writeOutput } from './write';

export interface AuditValues {
  format?: string;
  today?: string;
  config?: string;
  output?: string;
}

export function auditCommand(files: readonly string[], values: AuditValues, ctx: CliContext): number {
  const { io } = ctx;
  if (files.length === 0) throw new CliError('audit needs at least one plan file');
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json', 'html'].includes(format))
    throw new CliError(`--format must be stylish, json or html, not '${format}'`);
  const today = ctx.today(values.today);
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  const audited: AuditedPlan[] = files.map((file) => {
    const c = checkFile(file, explicit, today, ctx, 'audit');
    const config = ctx.config(path.dirname(c.abs), explicit);
    return {
      file,
      ...(c.plan.meta.client ? { client: c.plan.meta.client.value } : {}),
      audit: auditPlan(c.plan, config, c.diagnostics),
    };
  });
  if (format === 'json') io.stdout(JSON.stringify(audited, null, 2));
  else if (format === 'html') {
    const html = auditHtml(audited, today);
    if (values.output) writeOutput(path.resolve(io.cwd, values.output), html);
    else io.stdout(html);
  } else {
    for (const p of audited) {
      io.stdout(`${visible(p.file)}${p.client ? `  (client ${visible(p.client)})` : ''}`);
      if (p.audit.sets.length === 0)
        io.stdout('  no requirement set applies: add `requirements:` to the frontmatter or the config');
      for (const set of p.audit.sets) {
        io.stdout(`  ${set.name}`);
        for (const l of set.lines) {
          const note = l.state === 'not checked' ? '  (not checked: turned off in the config)' : '';
          io.stdout(`    ${AUDIT_MARK[l.state]} ${l.what}  ${l.rule}${note}`);
          for (const f of l.findings) io.stdout(`        line ${f.line}: ${visible(f.message)}`);
          io.stdout(`        source: ${l.source}`);
        }
      }
      const n = p.audit.notMet;
      io.stdout(
        n === 0 ? '  Every requirement checked is met.\n' : `  ${n} requirement${n === 1 ? '' : 's'} not met.\n`,
      );
    }
  }
  return audited.some((p) => p.audit.notMet > 0) ? 1 : 0;
}
